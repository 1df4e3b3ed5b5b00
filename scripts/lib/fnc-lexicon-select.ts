import { stem } from '../../src/match/learned/tokens.ts';
import type { TextAnalysis } from '../../src/match/learned/text-analysis.ts';

export interface LabelledBody {
  story: number;
  /** the body's raw text, to tell names (mostly capitalised) from ordinary words */
  text: string;
  body: TextAnalysis;
  /** index into the stance classes */
  label: number;
}

/**
 * Picks cue words whose presence in a body shifts the stance, by smoothed log-odds of each class against
 * the rest. A word must occur in bodies of at least `minStories` different stories: words of one story
 * ("Ebola", "ISIS") would learn that story's labels, not how articles agree or disagree.
 */
export function selectLexicon(items: readonly LabelledBody[], classes: number, perClass: number, minStories: number): string[] {
  const docs = new Map<string, number[]>();
  const stories = new Map<string, Set<number>>();
  const totals = new Array<number>(classes).fill(0);
  for (const it of items) {
    totals[it.label]!++;
    for (const w of new Set(it.body.words.map(stem))) {
      if (w.length < 2 || /\d/.test(w)) continue;
      const row = docs.get(w) ?? docs.set(w, new Array<number>(classes).fill(0)).get(w)!;
      row[it.label]!++;
      (stories.get(w) ?? stories.set(w, new Set()).get(w)!).add(it.story);
    }
  }
  const names = capitalisedStems(items);
  const n = items.length;
  const chosen = new Set<string>();
  for (let k = 0; k < classes; k++) {
    const scored: { w: string; s: number }[] = [];
    for (const [w, row] of docs) {
      if ((stories.get(w)?.size ?? 0) < minStories || names.has(w)) continue;
      const inK = row[k]!;
      const rest = row.reduce((a, b) => a + b, 0) - inK;
      // log-odds with +1 smoothing, times sqrt(support) so a word seen 3 times cannot top the list
      const lo = Math.log((inK + 1) / (totals[k]! - inK + 1)) - Math.log((rest + 1) / (n - totals[k]! - rest + 1));
      scored.push({ w, s: lo * Math.sqrt(inK) });
    }
    scored.sort((a, b) => b.s - a.s || (a.w < b.w ? -1 : 1));
    for (const { w } of scored.slice(0, perClass)) chosen.add(w);
  }
  return [...chosen].sort();
}

/** Stems written with a capital mid-sentence more often than not: names of places, people, groups. */
function capitalisedStems(items: readonly LabelledBody[]): Set<string> {
  const seen = new Map<string, [number, number]>();
  const done = new Set<string>();
  for (const it of items) {
    if (done.has(it.text)) continue;
    done.add(it.text);
    for (const m of it.text.matchAll(/(?<=[\p{L},;:] )[\p{L}']+/gu)) {
      const w = stem(m[0].toLowerCase());
      const row = seen.get(w) ?? seen.set(w, [0, 0]).get(w)!;
      row[/^\p{Lu}/u.test(m[0]) ? 0 : 1]++;
    }
  }
  return new Set([...seen].filter(([, [cap, low]]) => cap > low).map(([w]) => w));
}

/** Stories = connected groups of bodies that share a related headline (FNC pairs each headline with bodies
 *  of its own story as related and with other stories' bodies as unrelated). */
export function storiesOf(related: readonly { headline: string; bodyId: number }[]): Map<number, number> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => { if (!parent.has(x)) parent.set(x, x); };
  for (const p of related) {
    const a = `h:${p.headline}`;
    const b = `b:${p.bodyId}`;
    add(a); add(b);
    parent.set(find(a), find(b));
  }
  const ids = new Map<string, number>();
  const out = new Map<number, number>();
  for (const p of related) {
    const root = find(`b:${p.bodyId}`);
    if (!ids.has(root)) ids.set(root, ids.size);
    out.set(p.bodyId, ids.get(root)!);
  }
  return out;
}
