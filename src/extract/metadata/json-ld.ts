import { z } from 'zod';

/** What the extractor reads from a page's JSON-LD article object. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  author: string | null;
  publisher: string | null;
  articleBody: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

const MAX_VISITS = 5000;
const MAX_NODES_PER_SCRIPT = 200;
const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting|webpage|review|story/i;

const named = z.union([z.string(), z.looseObject({ name: z.unknown().optional() })]);
const nodeSchema = z.looseObject({
  '@type': z.union([z.string(), z.array(z.unknown())]).optional(),
  headline: z.unknown().optional(),
  name: z.unknown().optional(),
  datePublished: z.unknown().optional(),
  dateCreated: z.unknown().optional(),
  dateModified: z.unknown().optional(),
  author: z.union([named, z.array(z.unknown())]).optional(),
  creator: z.union([named, z.array(z.unknown())]).optional(),
  publisher: z.unknown().optional(),
  articleBody: z.unknown().optional(),
  text: z.unknown().optional(),
  description: z.unknown().optional(),
  inLanguage: z.unknown().optional(),
  url: z.unknown().optional(),
  mainEntityOfPage: z.unknown().optional(),
});
type LdNode = z.infer<typeof nodeSchema>;

/** All objects in the scripts, `@graph` and arrays flattened; unparseable scripts are ignored. */
function nodesOf(scripts: string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const src of scripts) {
    let value: unknown;
    try {
      // Some CMSs wrap JSON-LD in HTML comments or CDATA.
      value = JSON.parse(src.replace(/^\s*(<!--|\/\*<!\[CDATA\[\*\/)|(-->|\/\*\]\]>\*\/)\s*$/g, ''));
    } catch {
      continue;
    }
    // Breadth-first with a visit cap: a hostile page can ship megabytes of nested JSON-LD.
    const queue: unknown[] = [value];
    const cap = out.length + MAX_NODES_PER_SCRIPT;
    for (let head = 0; head < queue.length && head < MAX_VISITS && out.length < cap; head++) {
      const v = queue[head];
      if (Array.isArray(v)) {
        for (const item of v.slice(0, MAX_VISITS)) queue.push(item);
      } else if (v && typeof v === 'object') {
        const graph = (v as Record<string, unknown>)['@graph'];
        if (graph) queue.push(graph);
        const parsed = nodeSchema.safeParse(v);
        if (parsed.success) out.push(parsed.data);
        const main = (v as Record<string, unknown>)['mainEntity'];
        if (main && typeof main === 'object') queue.push(main);
      }
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== null);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['name']);
  return null;
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['@id']);
  return null;
}

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The page's article object: an Article-like type first, with a headline or body, else null. */
export function readJsonLdArticle(scripts: string[]): JsonLdArticle | null {
  const nodes = nodesOf(scripts);
  const rank = (node: LdNode): number => {
    const types = typesOf(node);
    if (types.some((t) => /article|posting|report|story/i.test(t))) return 3;
    if (types.some((t) => ARTICLE_TYPE.test(t)) && (node.headline || node.datePublished)) return 2;
    return node.headline ? 1 : 0;
  };
  let best: LdNode | null = null;
  let bestRank = 0;
  for (const n of nodes) {
    const r = rank(n);
    if (r > bestRank) {
      best = n;
      bestRank = r;
    }
  }
  if (!best) return null;
  const publisher = nodes.find((n) => typesOf(n).some((t) => /organization|newsmediaorganization/i.test(t)));
  return {
    headline: str(best.headline) ?? (bestRank >= 2 ? str(best.name) : null),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    dateModified: str(best.dateModified),
    author: nameOf(best.author) ?? nameOf(best.creator),
    publisher: nameOf(best.publisher) ?? (publisher ? nameOf(publisher) : null),
    articleBody: str(best.articleBody) ?? str(best.text),
    description: str(best.description),
    inLanguage: str(best.inLanguage),
    url: str(best.url) ?? idOf(best.mainEntityOfPage),
  };
}
