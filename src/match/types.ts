/** What the claim engine reads: the extracted article plus where it came from. */
export interface ArticleInput {
  url: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
  lang: string | null;
}

export type Stance = 'supports' | 'contradicts' | 'discusses' | 'unrelated';

/** One comparison the engine made, e.g. {fact: 'count', found: '15,000', claimed: 'about 1,100'}. */
export interface Comparison {
  fact: string;
  found: string;
  claimed: string;
  agrees: boolean;
}

export interface ClaimVerdict {
  claimId: string;
  stance: Stance;
  /** 0..1 */
  confidence: number;
  /** The sentence(s) that show the stance, verbatim from the article. */
  evidence: string[];
  /** Human-readable: what was compared, e.g. "count 15,000 vs claimed about 1,100". */
  reason: string;
  comparisons: Comparison[];
}

export interface Relevance {
  relevant: boolean;
  /** 0..1 */
  score: number;
  reasons: string[];
}

/** A fact found in a relevant article that no claim carries (new figure, new place, new date). */
export interface NewFact {
  kind: string;
  value: string;
  sentence: string;
}

export interface Verdict {
  lang: string | null;
  relevance: Relevance;
  /** One entry per claim, in claims-file order. */
  claims: ClaimVerdict[];
  newFacts: NewFact[];
}
