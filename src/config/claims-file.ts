import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, describeIssues } from './config-error.ts';
import { readYaml } from './sources-file.ts';

/**
 * A term of a claim or topic: a gazetteer key ("gomel"), a literal word or phrase ("nuclear*", `*` = stem),
 * a quantity marker ($count, $distance, $share) or a cue marker ($neg = a negation next to the other words,
 * $denial, $small, $only). A list of terms inside a list means "all of these
 * in one sentence".
 */
const term = z.string().min(1);
const termSets = z.array(z.union([term, z.array(term).min(1)]));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD. Fix: write e.g. 2024-08-18');

const QuantitySchema = z
  .object({
    kind: z.enum(['count', 'distance', 'share'], { error: 'must be count, distance or share. Fix: set kind' }),
    value: z.number(),
    /** troops, km, mi, percent, army, or a count unit the file defines under `units` */
    unit: z.string().min(1).optional(),
    /** accepted interval; defaults to value ± tolerance */
    min: z.number().optional(),
    max: z.number().optional(),
    /** relative tolerance when min/max are absent (0.25 = ±25 %) */
    tolerance: z.number().min(0).max(1).optional(),
    /** size of the whole a share refers to (e.g. the army's 48,000), so a count can be compared with a share */
    base: z.number().positive().optional(),
    /** how to say the claimed value in a reason, e.g. "about 1,100" */
    label: z.string().optional(),
  })
  .strict();

const FactsSchema = z
  .object({
    quantities: z.array(QuantitySchema).optional(),
    places: z.array(term).optional(),
    actors: z.array(term).optional(),
    equipment: z.array(term).optional(),
    /** sentences matching one of these touch the claim (at least "discusses") */
    mentions: termSets.optional(),
    /** sentences matching one of these state the claim (supports unless negated, hedged or rebutted) */
    states: termSets.optional(),
    /** sentences matching one of these support the claim even when worded negatively (unless hedged) */
    supportedBy: termSets.optional(),
    /** sentences matching one of these contradict the claim (negated: they support it) */
    contradictedBy: termSets.optional(),
    /** "negative" claims assert an absence ("no threat"): a denial agrees with them instead of contradicting */
    polarity: z.enum(['positive', 'negative']).optional(),
  })
  .strict();

const ClaimSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and "-". Fix: rename it, e.g. third-of-army'),
    statement: z.string({ error: 'is missing. Fix: add the claim in plain words' }).trim().min(8, 'is too short. Fix: state the claim in plain words'),
    by: z.string().min(1, 'is empty. Fix: name who made the claim'),
    /** when the claim was made */
    date: isoDate.optional(),
    /** the period the claim is about */
    window: z.object({ from: isoDate, to: isoDate }).strict().optional(),
    facts: FactsSchema.optional(),
  })
  .strict();

const TopicSchema = z
  .object({
    name: z.string().optional(),
    subject: termSets,
    forces: termSets,
    places: termSets,
    actions: termSets.optional(),
    /** vocabulary of look-alike stories (sport, economy, history) */
    exclude: termSets.optional(),
    /** places that mark another deployment (another border, a namesake city) */
    elsewhere: termSets.optional(),
    /** events that end the claims' situation (a withdrawal): no count or denial in such a sentence contradicts a claim */
    reversals: termSets.optional(),
    /** events with figures of their own (an exercise): their numbers are not compared with the claims' */
    events: termSets.optional(),
    /** events before `from` are history, not news */
    period: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().optional(),
  })
  .strict();

const ClaimsFileSchema = z
  .object({
    gazetteer: z.string().optional(),
    /** extra count units: name -> words (`*` = stem), e.g. trucks: [truck*, lorr*, фур*] */
    units: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case name. Fix: e.g. trucks'), z.array(z.string().min(1)).min(1)).optional(),
    topic: TopicSchema.optional(),
    claims: z.array(ClaimSchema).min(1, 'is empty. Fix: list at least one claim'),
  })
  .strict();

const names = z.array(z.string().min(1)).optional();
const GazetteerEntrySchema = z
  .object({
    kind: z.enum(['place', 'person', 'org', 'country', 'term', 'event']),
    en: names,
    ru: names,
    be: names,
    uk: names,
    any: names,
    /** prefixes, matched as \b<stem>\w* */
    stems: names,
    /** phrases in which a match does not count (false friends: "Minsk agreements") */
    except: names,
    /** keys that must also occur in the article for a match to count (Brest needs Belarus) */
    requires: names,
    note: z.string().optional(),
  })
  .strict();
const GazetteerSchema = z.object({ entries: z.record(z.string(), GazetteerEntrySchema) }).strict();

export type QuantitySpec = z.output<typeof QuantitySchema>;
export type ClaimFacts = z.output<typeof FactsSchema>;
export type TermSets = z.output<typeof termSets>;
export type Topic = z.output<typeof TopicSchema>;

/** A claim; `by`, `date` and `window` may be absent in configs built in code (e.g. FNC-1 headlines). */
export interface ClaimSpec {
  id: string;
  statement: string;
  by?: string;
  date?: string;
  window?: { from: string; to: string };
  facts?: ClaimFacts;
}

export interface GazetteerEntry {
  key: string;
  kind: 'place' | 'person' | 'org' | 'country' | 'term' | 'event';
  /** all spellings; `*` marks a stem */
  names: string[];
  except: string[];
  requires: string[];
}

/** What createMatcher needs: the claims, their topic (for relevance) and the gazetteer. */
export interface ClaimsConfig {
  file: string;
  /** extra count units (name -> words); troops, km, miles and percentages are built in */
  units?: Record<string, string[]>;
  topic: Topic | null;
  gazetteer: GazetteerEntry[];
  claims: ClaimSpec[];
}

/** Validates a parsed claims document; reads the gazetteer it names (relative to baseDir). */
export function parseClaimsDocument(data: unknown, file: string, baseDir: string): ClaimsConfig {
  const result = ClaimsFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new ConfigError(file, describeIssues(result.error.issues, data, 'claims'));
  const doc = result.data;
  const problems: string[] = [];
  const seen = new Map<string, number>();
  doc.claims.forEach((c, i) => {
    const where = `entry claims[${i}] (id: ${c.id})`;
    const first = seen.get(c.id);
    if (first !== undefined) problems.push(`${where}, field id: duplicates claims[${first}]. Fix: give each claim its own id`);
    else seen.set(c.id, i);
    if (!c.date && !c.window) problems.push(`${where}, field date: is missing. Fix: add date: YYYY-MM-DD (when it was said) or window: {from, to}`);
    if (c.window && c.window.from > c.window.to) problems.push(`${where}, field window: from is after to. Fix: swap them`);
    c.facts?.quantities?.forEach((q, k) => {
      if (q.min !== undefined && q.max !== undefined && q.min > q.max)
        problems.push(`${where}, field facts.quantities.${k}: min is above max. Fix: swap them`);
    });
  });
  let gazetteer: GazetteerEntry[] = [];
  const gazFile = doc.gazetteer ? resolve(baseDir, doc.gazetteer) : resolve(baseDir, 'gazetteer.yaml');
  if (doc.gazetteer || existsSync(gazFile)) {
    try {
      gazetteer = loadGazetteerFile(gazFile);
    } catch (err) {
      if (err instanceof ConfigError) problems.push(`field gazetteer: ${err.message}`);
      else throw err;
    }
  }
  if (problems.length) throw new ConfigError(file, problems);
  const builtIn = new Set(['troops', 'km', 'mi', 'percent', 'army']);
  doc.claims.forEach((c, i) =>
    c.facts?.quantities?.forEach((q, k) => {
      if (q.unit && !builtIn.has(q.unit) && !doc.units?.[q.unit])
        problems.push(`entry claims[${i}] (id: ${c.id}), field facts.quantities.${k}.unit: "${q.unit}" is not a known unit. Fix: use troops, km, mi, percent or army, or define it under units:`);
    }),
  );
  if (problems.length) throw new ConfigError(file, problems);
  return { file, topic: doc.topic ?? null, gazetteer, claims: doc.claims, ...(doc.units ? { units: doc.units } : {}) };
}

export function loadClaimsFile(file: string): ClaimsConfig {
  return parseClaimsDocument(readYaml(file), file, dirname(resolve(file)));
}

/** Reads a gazetteer: `entries: {key: {kind, en/ru/be/uk/any: [...], stems, except, requires}}`. */
export function loadGazetteerFile(file: string): GazetteerEntry[] {
  const data = readYaml(file);
  const result = GazetteerSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new ConfigError(
      file,
      result.error.issues.map((issue) => {
        const [top, key, ...rest] = issue.path.map(String);
        const where = top === 'entries' && key ? `entry ${key}, field ${rest.join('.') || '(the entry itself)'}` : `field ${issue.path.join('.') || '(top level)'}`;
        return `${where}: ${describeIssues([issue], data, 'entries')[0]!.replace(/^.*?: /, '')}`;
      }),
    );
  }
  return Object.entries(result.data.entries).map(([key, e]) => ({
    key,
    kind: e.kind,
    names: [...(e.en ?? []), ...(e.ru ?? []), ...(e.be ?? []), ...(e.uk ?? []), ...(e.any ?? []), ...(e.stems ?? []).map((s) => (s.endsWith('*') ? s : `${s}*`))],
    except: e.except ?? [],
    requires: e.requires ?? [],
  }));
}
