import { countCues, CUE_KINDS as CUES, type CueKind } from './cues.ts';
import type { SentenceAnalysis, TextAnalysis } from './text-analysis.ts';

export type IdfFn = (stem: string) => number;

export const RELATEDNESS_FEATURES = [
  'overlap', 'idfOverlap', 'cosine', 'leadIdfOverlap', 'maxSentenceIdfOverlap', 'bigramOverlap',
  'numberOverlap', 'hasNumbers', 'namedOverlap', 'logBodyWords', 'claimStems',
] as const;

export const STANCE_BASE_FEATURES = [
  ...RELATEDNESS_FEATURES,
  ...CUES.map((k) => `body.${k}`),
  ...CUES.map((k) => `top.${k}`),
  ...CUES.map((k) => `lead.${k}`),
  ...CUES.map((k) => `claim.${k}`),
  'body.question', 'claim.question', 'negationMismatch', 'topRefuteTimesOverlap', 'topSentenceOverlap',
  'claimRefuteTimesBodyRefute', 'claimRefuteTimesLeadRefute', 'claimHedgeTimesBodyHedge',
] as const;

/** Share of the claim's IDF mass that a set of stems covers. */
function idfCover(claim: ReadonlyMap<string, number>, other: ReadonlySet<string> | ReadonlyMap<string, number>, idf: IdfFn, claimMass: number): number {
  if (claimMass === 0) return 0;
  let s = 0;
  for (const t of claim.keys()) if (other.has(t)) s += idf(t);
  return s / claimMass;
}

// Per-text values every pair with that text reuses (an article meets 12 claims, a headline ~30 bodies).
interface Derived {
  idf: IdfFn;
  norm: number;
  leadStems: Set<string>;
  sentenceCues: Record<CueKind, number>[];
  claimMass: number;
}
const derivedCache = new WeakMap<TextAnalysis, Derived>();

function derived(a: TextAnalysis, idf: IdfFn): Derived {
  const hit = derivedCache.get(a);
  if (hit && hit.idf === idf) return hit;
  let norm = 0;
  let mass = 0;
  for (const [t, c] of a.tf) {
    const w = idf(t);
    norm += (c * w) ** 2;
    mass += w;
  }
  const d: Derived = {
    idf,
    norm,
    leadStems: union(a.sentences.slice(0, 3)),
    sentenceCues: a.sentences.map((s) => countCues(s.words)),
    claimMass: mass,
  };
  derivedCache.set(a, d);
  return d;
}

function cosine(a: TextAnalysis, b: TextAnalysis, idf: IdfFn): number {
  let dot = 0;
  for (const [t, c] of a.tf) {
    const cb = b.tf.get(t);
    if (cb !== undefined) dot += c * idf(t) * cb * idf(t);
  }
  const na = derived(a, idf).norm;
  const nb = derived(b, idf).norm;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function sumCues(list: readonly Record<CueKind, number>[]): Record<CueKind, number> {
  const out: Record<CueKind, number> = { refute: 0, negation: 0, hedge: 0, support: 0 };
  for (const c of list) for (const k of CUES) out[k] += c[k];
  return out;
}

function fraction<T>(needles: ReadonlySet<T> | ReadonlyMap<T, unknown>, hay: ReadonlySet<T> | ReadonlyMap<T, unknown>): number {
  if (needles.size === 0) return 0;
  let n = 0;
  for (const x of needles.keys()) if (hay.has(x)) n++;
  return n / needles.size;
}

function union(sents: readonly SentenceAnalysis[]): Set<string> {
  const out = new Set<string>();
  for (const s of sents) for (const t of s.stems) out.add(t);
  return out;
}

/** Features for "is this article about this claim at all"; cheap, language-light, no topic words. */
export function relatednessFeatures(claim: TextAnalysis, body: TextAnalysis, idf: IdfFn): number[] {
  const claimStems = claim.tf;
  const mass = derived(claim, idf).claimMass;
  const bodyStems = body.tf;
  let maxSent = 0;
  for (const s of body.sentences) maxSent = Math.max(maxSent, idfCover(claimStems, s.stems, idf, mass));
  const bodyWords = body.words.length;
  return [
    fraction(claimStems, bodyStems),
    idfCover(claimStems, bodyStems, idf, mass),
    cosine(claim, body, idf),
    idfCover(claimStems, derived(body, idf).leadStems, idf, mass),
    maxSent,
    fraction(claim.bigrams, body.bigrams),
    fraction(claim.numbers, body.numbers),
    claim.numbers.size > 0 ? 1 : 0,
    fraction(claim.named, bodyStems),
    Math.log1p(bodyWords),
    Math.log1p(claimStems.size),
  ];
}

function cueVector(c: Record<CueKind, number>): number[] {
  return CUES.map((k) => Math.log1p(c[k]));
}

/** Names of the stance features for a given learned lexicon (hand cues first, then one per lexicon word). */
export function stanceFeatureNames(lexicon: readonly string[]): string[] {
  return [...STANCE_BASE_FEATURES, ...lexicon.map((w) => `word.${w}`)];
}

/** Features for agree / disagree / discuss once a pair is related: cue words overall, in the sentences
 *  closest to the claim, in the lead, and in the claim itself (a headline saying "hoax" flips the reading),
 *  then the count of each learned lexicon word (stems chosen by the training script) in the body. */
export function stanceFeatures(claim: TextAnalysis, body: TextAnalysis, idf: IdfFn, lexicon: readonly string[] = []): number[] {
  const rel = relatednessFeatures(claim, body, idf);
  const mass = derived(claim, idf).claimMass;
  const ranked = body.sentences
    .map((s, i) => ({ s, i, cover: idfCover(claim.tf, s.stems, idf, mass) }))
    .sort((a, b) => b.cover - a.cover || a.i - b.i)
    .slice(0, 3);
  const perSentence = derived(body, idf).sentenceCues;
  const claimCues = sumCues(derived(claim, idf).sentenceCues);
  const topCues = sumCues(ranked.map((r) => perSentence[r.i]!));
  const bodyCues = sumCues(perSentence);
  const leadCues = sumCues(perSentence.slice(0, 3));
  const claimRefutes = claimCues.refute > 0 ? 1 : 0;
  const topOverlap = ranked.length > 0 ? ranked.reduce((s, r) => s + r.cover, 0) / ranked.length : 0;
  return [
    ...rel,
    ...cueVector(bodyCues),
    ...cueVector(topCues),
    ...cueVector(leadCues),
    ...cueVector(claimCues),
    Math.log1p(body.questionMarks),
    Math.log1p(claim.questionMarks),
    (claimCues.negation > 0) !== (topCues.negation > 0) ? 1 : 0,
    Math.log1p(topCues.refute) * topOverlap,
    topOverlap,
    claimRefutes * Math.log1p(bodyCues.refute),
    claimRefutes * Math.log1p(leadCues.refute),
    (claimCues.hedge > 0 ? 1 : 0) * Math.log1p(bodyCues.hedge),
    ...lexicon.map((w) => Math.log1p(body.wordStems.get(w) ?? 0)),
  ];
}
