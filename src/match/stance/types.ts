import type { AnalyzedArticle, Sentence } from '../analyze-article.ts';
import type { CompiledClaim } from '../compile-claims.ts';
import type { Comparison, Stance } from '../types.ts';
import type { CondReason } from './reason.ts';

/** One piece of evidence for a stance, from one sentence. */
export interface Signal {
  stance: Exclude<Stance, 'unrelated'>;
  confidence: number;
  sentence: Sentence;
  /** a condition's wording is kept as data until the verdict shows it (see reason.ts) */
  reason: string | CondReason;
  comparisons: Comparison[];
  /** for a rebuttal: the sentence that stated the claim */
  stated?: Sentence;
}

/** What the stance rules know about the article beyond one sentence. */
export interface StanceContext {
  article: AnalyzedArticle;
  /** topic weight of each sentence (0 = off topic) */
  weights: number[];
  /** country keys whose troops the topic is about */
  subjectKeys: ReadonlySet<string>;
  /** keys of the topic's forces (troops, tanks, nuclear weapons): the things a later pronoun may stand for */
  forceKeys: ReadonlySet<string>;
  /** gazetteer kinds by key */
  kinds: ReadonlyMap<string, string>;
  /** the sentence names a place or an action of the topic */
  placeOrAction: (s: Sentence) => boolean;
  /** the sentence reports the end of the situation (a withdrawal) that this claim does not itself speak of */
  reversal: (s: Sentence, claim: CompiledClaim) => boolean;
  /** the sentence reports an event with figures of its own (an exercise): its numbers are not the claim's */
  ownFigures: (s: Sentence, claim: CompiledClaim) => boolean;
  /** keys of the topic's places ("the Ukrainian border": the country names a place) */
  placeKeys: ReadonlySet<string>;
  /** how many claims use each key (a key of many claims is no sign of one) */
  claimsPerKey: ReadonlyMap<string, number>;
  /** the article as a whole is about a later period than this claim's */
  laterArticle: (claim: CompiledClaim) => boolean;
}
