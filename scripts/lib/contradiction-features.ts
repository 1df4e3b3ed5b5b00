import { cueMask, type AnalyzedArticle, type Sentence } from '../../src/match/analyze-article.ts';
import type { CompiledClaim } from '../../src/match/compile-claims.ts';
import { CondReason, Why } from '../../src/match/stance/reason.ts';
import type { Signal } from '../../src/match/stance/types.ts';
import type { ClaimVerdict } from '../../src/match/types.ts';

/**
 * Generic features of one (article, claim) pair for the learned contradiction model: what the stance rules
 * found (verdict, signals by kind), the language cues in and around the sentences that touch the claim, the
 * article's cue density and what the rules said of its other claims. Nothing here names a claim, a place or a
 * topic word: the same features read a claims file on any topic.
 */

/** Cue keys (lexicon/cue-words.ts) read around the claim's sentences. */
const CUES = ['denial', 'dispute', 'rebut', 'negation', 'contrast', 'hedge', 'actual', 'absent', 'undercut', 'only', 'small', 'report'] as const;
const CUE_BITS = CUES.map((k) => cueMask([k]));
/** Sentences either side of a sentence touching the claim that count as its neighbourhood. */
const WINDOW = 2;

export const CONTRADICTION_FEATURES: readonly string[] = [
  'rule.contradicts',
  'rule.supports',
  'rule.discusses',
  'rule.confidence',
  'signals.log',
  'contra.log',
  'contra.max',
  'support.log',
  'support.max',
  'discuss.log',
  'kind.quantityOff',
  'kind.quantityAgrees',
  'kind.rebuttal',
  'kind.disputes',
  'kind.deniesIt',
  'kind.statesContra',
  'near.uncertainContra',
  'near.concedes',
  'near.otherSide',
  'near.generalRemark',
  'near.deniedContra',
  'near.hedgedMention',
  'near.touches',
  ...CUES.map((k) => `sent.${k}`),
  ...CUES.map((k) => `win.${k}`),
  ...CUES.map((k) => `art.${k}`),
  'claimSentences.share',
  'title.touches',
  'first.position',
  'others.contradicted',
  'others.supported',
  'claim.negative',
  'claim.quantities',
  'article.sentencesLog',
];

/** The kind of a signal, read from its reason (a condition's wording, or the rule's own text). */
export type SignalKind =
  | 'quantityOff'
  | 'quantityAgrees'
  | 'rebuttal'
  | 'disputes'
  | 'deniesIt'
  | 'statesContra'
  | 'uncertainContra'
  | 'concedes'
  | 'otherSide'
  | 'generalRemark'
  | 'deniedContra'
  | 'hedgedMention'
  | 'touches'
  | 'other';

export function signalKind(x: Signal): SignalKind {
  const r = x.reason;
  if (x.comparisons.length > 0) {
    let off = false;
    for (const c of x.comparisons) if (!c.agrees) off = true;
    if (x.stated) return 'rebuttal';
    return off && x.stance === 'contradicts' ? 'quantityOff' : off ? 'other' : 'quantityAgrees';
  }
  if (x.stated) return 'rebuttal';
  if (r instanceof CondReason) {
    switch (r.why) {
      case Why.States: return x.stance === 'contradicts' ? 'statesContra' : 'other';
      case Why.Disputes:
      case Why.CallsWrong: return 'disputes';
      case Why.DeniesIt: return 'deniesIt';
      case Why.MentionsHedged: return 'hedgedMention';
      case Why.Concedes: return 'concedes';
      case Why.OtherSide: return 'otherSide';
      case Why.GeneralRemark: return 'generalRemark';
      case Why.Touches: return 'touches';
      default: return 'other';
    }
  }
  if (r.startsWith('disputes') || r.startsWith('negates') || r.startsWith('puts the figure')) return 'disputes';
  if (r.startsWith('raises a contradicting point')) return 'uncertainContra';
  if (r.startsWith('denies what would contradict')) return 'deniedContra';
  if (r.startsWith('mentions it with a hedge') || r.includes('stated with a hedge')) return 'hedgedMention';
  if (r.startsWith('mentions it with a withdrawal')) return 'touches';
  return 'other';
}

const KIND_FEATURE: Partial<Record<SignalKind, string>> = {
  quantityOff: 'kind.quantityOff',
  quantityAgrees: 'kind.quantityAgrees',
  rebuttal: 'kind.rebuttal',
  disputes: 'kind.disputes',
  deniesIt: 'kind.deniesIt',
  statesContra: 'kind.statesContra',
  uncertainContra: 'near.uncertainContra',
  concedes: 'near.concedes',
  otherSide: 'near.otherSide',
  generalRemark: 'near.generalRemark',
  deniedContra: 'near.deniedContra',
  hedgedMention: 'near.hedgedMention',
  touches: 'near.touches',
};

const INDEX = new Map(CONTRADICTION_FEATURES.map((f, n) => [f, n]));
const at = (name: string): number => INDEX.get(name)!;

/**
 * The feature vector of claim `claim` in `article`, given the rules' signals for it and their verdicts for all
 * claims (by claim position). Only for a claim with at least one signal: without one the rules saw nothing to
 * weigh and the model is not asked.
 */
export function contradictionFeatures(claim: CompiledClaim, signals: readonly Signal[], article: AnalyzedArticle, verdicts: readonly ClaimVerdict[]): number[] {
  const x = new Array<number>(CONTRADICTION_FEATURES.length).fill(0);
  const v = verdicts[claim.position]!;
  x[at('rule.contradicts')] = v.stance === 'contradicts' ? 1 : 0;
  x[at('rule.supports')] = v.stance === 'supports' ? 1 : 0;
  x[at('rule.discusses')] = v.stance === 'discusses' ? 1 : 0;
  x[at('rule.confidence')] = v.confidence;
  let contra = 0;
  let support = 0;
  let discuss = 0;
  let contraMax = 0;
  let supportMax = 0;
  const sentences = article.sentences;
  const touched = new Set<number>();
  let title = 0;
  let first = sentences.length;
  for (const s of signals) {
    if (s.stance === 'contradicts') [contra, contraMax] = [contra + 1, Math.max(contraMax, s.confidence)];
    else if (s.stance === 'supports') [support, supportMax] = [support + 1, Math.max(supportMax, s.confidence)];
    else discuss++;
    const f = KIND_FEATURE[signalKind(s)];
    if (f) x[at(f)]! += 1;
    touched.add(s.sentence.index);
    if (s.stated) touched.add(s.stated.index);
    if (s.sentence.isTitle) title = 1;
    first = Math.min(first, s.sentence.index);
  }
  for (const f of Object.values(KIND_FEATURE)) x[at(f)] = Math.log1p(x[at(f)]!);
  x[at('signals.log')] = Math.log1p(signals.length);
  x[at('contra.log')] = Math.log1p(contra);
  x[at('contra.max')] = contraMax;
  x[at('support.log')] = Math.log1p(support);
  x[at('support.max')] = supportMax;
  x[at('discuss.log')] = Math.log1p(discuss);
  // cues in the sentences touching the claim, and in their neighbourhood (share of those sentences / windows)
  const near = new Set<number>();
  for (const i of touched) for (let k = Math.max(0, i - WINDOW); k <= Math.min(sentences.length - 1, i + WINDOW); k++) if (!touched.has(k)) near.add(k);
  cueShares(x, 'sent', touched, sentences);
  cueShares(x, 'win', near, sentences);
  const all = new Set<number>();
  for (let k = 0; k < sentences.length; k++) all.add(k);
  cueShares(x, 'art', all, sentences);
  x[at('claimSentences.share')] = sentences.length ? touched.size / sentences.length : 0;
  x[at('title.touches')] = title;
  x[at('first.position')] = sentences.length ? first / sentences.length : 1;
  let othersContra = 0;
  let othersSupport = 0;
  for (const o of verdicts) {
    if (o.claimId === claim.id) continue;
    if (o.stance === 'contradicts') othersContra++;
    else if (o.stance === 'supports') othersSupport++;
  }
  x[at('others.contradicted')] = Math.log1p(othersContra);
  x[at('others.supported')] = Math.log1p(othersSupport);
  x[at('claim.negative')] = claim.polarity === 'negative' ? 1 : 0;
  x[at('claim.quantities')] = claim.quantities.length > 0 ? 1 : 0;
  x[at('article.sentencesLog')] = Math.log1p(sentences.length);
  return x;
}

function cueShares(x: number[], prefix: string, indices: ReadonlySet<number>, sentences: readonly Sentence[]): void {
  if (indices.size === 0) return;
  for (let c = 0; c < CUES.length; c++) {
    let n = 0;
    for (const i of indices) if ((sentences[i]!.cueBits & CUE_BITS[c]!) !== 0) n++;
    x[at(`${prefix}.${CUES[c]}`)] = n / indices.size;
  }
}
