import type { ClaimsConfig } from '../config/claims-file.ts';
import { type AnalyzedArticle, analyzeArticle, type GazetteerRules, type Sentence } from './analyze-article.ts';
import { compileClaim, type CompiledClaim } from './compile-claims.ts';
import { addBuiltinPhrases } from './lexicon/builtin-phrases.ts';
import { PhraseIndex } from './lexicon/phrase-index.ts';
import { findNewFacts, keysOfClaims } from './new-facts.ts';
import { isPlain, refinePlainVerdict } from './plain-claim.ts';
import { judgeRelevance, sentenceWeights } from './relevance.ts';
import { aggregate } from './stance/aggregate.ts';
import { interviewQuestion, isHedged } from './stance/hedges.ts';
import { judgeSentence } from './stance/judge-sentence.ts';
import { findRebuttals } from './stance/rebuttal.ts';
import { nearTopic } from './stance/topic-context.ts';
import type { Signal, StanceContext } from './stance/types.ts';
import { detectLanguage } from './text/detect-language.ts';
import { condMatches, type CondSet, stampKeys, TermResolver } from './terms.ts';
import { attachTopic, compileTopic, type CompiledTopic, type TopicFacets, topicFacets } from './topic.ts';
import type { ArticleInput, ClaimVerdict, Verdict } from './types.ts';

export interface Matcher {
  claims: readonly { id: string; statement: string }[];
  match(article: ArticleInput): Verdict;
}

/** What the stance rules saw in one article: the learned contradiction model's training reads it. */
export interface MatchView {
  article: AnalyzedArticle;
  claims: readonly CompiledClaim[];
  /** the rules' signals of each claim, by claim position */
  signals: readonly (readonly Signal[])[];
  /** the rules' verdicts, before an irrelevant article sets them all to unrelated */
  verdicts: readonly ClaimVerdict[];
  relevant: boolean;
}

export interface MatcherOptions {
  /** Called once per article with what the rules saw (scripts/train-stance.ts); not needed to match. */
  inspect?: (view: MatchView) => void;
}

/** An article with at least this many hedged sentences, making up this share of it, is an analysis. */
const ANALYSIS_MIN_HEDGED = 2;
const ANALYSIS_HEDGE_SHARE = 0.16;

/** Reports published this long after a claim's period are about another period unless they date the claim's. */
const LATER_ARTICLE_DAYS = 60;
/** ... or this long after, when the dates it names all lie after the period. */
const LATER_DATED_DAYS = 14;
/** A date wider than a season ("since 2009", "in 2024") places nothing inside or after a claim's period. */
const WIDE_SPAN_DAYS = 100;

/**
 * Builds the claim engine for one claims file. Pure and synchronous: everything is compiled here once
 * (gazetteer, claim conditions, the index from words to claims); `match` only reads the article.
 */
export function createMatcher(config: ClaimsConfig, options: MatcherOptions = {}): Matcher {
  const index = new PhraseIndex();
  addBuiltinPhrases(index);
  const kinds = new Map<string, string>();
  const rules: GazetteerRules = { requires: new Map() };
  for (const e of config.gazetteer) {
    kinds.set(e.key, e.kind);
    // (the kind on the key's record too: read from a hit without a Map lookup)
    index.record(e.key).kind = e.kind;
    for (const n of e.names) index.add(e.key, e.kind, n);
    for (const x of e.except) index.add(e.key, 'except', x);
    if (e.requires.length) rules.requires.set(e.key, e.requires);
  }
  for (const [name, words] of Object.entries(config.units ?? {})) for (const w of words) index.add(`count:${name}`, 'unit', w);
  const terms = new TermResolver(index, new Set(kinds.keys()));
  const topic: CompiledTopic | null = config.topic ? compileTopic(config.topic, terms) : null;
  const claims = config.claims.map((c, i) => compileClaim(c, i, index, terms, kinds));

  // Claims indexed by the anchor words of their conditions (each condition's rarest word; a plain claim by
  // its keywords): a sentence visits a claim only when it holds a word that could make one of them true.
  const byKey = new Map<string, CompiledClaim[]>();
  const file = (k: string, c: CompiledClaim) => {
    const list = byKey.get(k);
    if (!list) byKey.set(k, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  for (const c of claims) {
    const sets = [c.mentions, c.states, c.supportedBy, c.contradictedBy];
    for (const set of sets) for (const k of set.anchors().keys()) file(k, c);
    if (sets.every((set) => set.length === 0)) for (const k of c.keywords) file(k, c);
  }
  // The same index on the keys' records, so a sentence's hits lead to their claims without a lookup.
  for (const [k, list] of byKey) index.record(k).claims = list.map((c) => c.position);
  for (const k of rules.requires.keys()) index.record(k).conditional = true;
  if (topic) attachTopic(topic, index);
  // Claims read "does the sentence hold key k" from k's record while the sentence is judged (see stampKeys).
  for (const c of claims) c.group.useRecords((k) => index.existingRecord(k));
  // Claims with quantities are compared with the numbers of on-topic sentences: those tied to named places
  // only when the sentence (or the one before it) names one of their places, the others always.
  const quantityAnywhere = claims.filter((c) => c.quantities.length > 0 && specificPlaces(c, kinds).length === 0);
  const quantityByPlace = new Map<string, CompiledClaim[]>();
  for (const c of claims) {
    if (c.quantities.length === 0) continue;
    for (const p of specificPlaces(c, kinds)) {
      const list = quantityByPlace.get(p);
      if (list) list.push(c);
      else quantityByPlace.set(p, [c]);
    }
  }
  const placeKeys = new Set<string>(topic ? [...topic.places.conds, ...topic.elsewhere.conds].flat().filter((k) => kinds.get(k) !== 'country') : []);
  const plainClaims = claims.filter(isPlain);
  const claimKeys = keysOfClaims(claims);
  const claimsPerKey = new Map<string, number>();
  for (const c of claims) for (const k of c.allKeys) claimsPerKey.set(k, (claimsPerKey.get(k) ?? 0) + 1);

  return {
    claims: claims.map((c) => ({ id: c.id, statement: c.statement })),
    match(input: ArticleInput): Verdict {
      const article = analyzeArticle(input.title, input.text, input.publishedAt, index, rules);
      const lang = input.lang ?? detectLanguage(input.text);
      // (loops rather than map/forEach/some with arrow functions here: tsx names every closure made per call)
      const facets: TopicFacets[] = [];
      if (topic) for (const s of article.sentences) facets.push(topicFacets(topic, s));
      const weights = topic ? sentenceWeights(article, facets) : new Array<number>(article.sentences.length).fill(0);
      const ctx = new ArticleContext(article, weights, topic, facets, kinds, claimsPerKey, placeKeys);
      // Each sentence visits only the claims indexed under its words (and, on topic, those with quantities).
      const signals: Signal[][] = [];
      for (let n = 0; n < claims.length; n++) signals.push([]);
      const seen = new Int32Array(claims.length).fill(-1);
      for (const s of article.sentences) {
        stampKeys(s);
        // (the hits whose keys have claims filed under them)
        for (const h of s.hits) {
          const list = h.rec.claims;
          if (list.length === 0 || (h.rec.conditional && !s.keys.has(h.key))) continue;
          for (let n = 0; n < list.length; n++) {
            const c = claims[list[n]!]!;
            if (seen[c.position] === s.index) continue;
            seen[c.position] = s.index;
            judgeSentence(c, s, ctx, signals[c.position]!);
          }
        }
        if ((quantityAnywhere.length || quantityByPlace.size) && nearTopic(s, ctx) && s.quantities.length) {
          for (const c of quantityAnywhere) visitClaim(c, s, seen, ctx, signals);
          if (quantityByPlace.size) {
            const prev = article.sentences[s.index - 1];
            // the places of the sentence, then of the one before it in its paragraph (no array per sentence)
            visitByPlace(quantityByPlace, s, s, seen, ctx, signals);
            if (prev && prev.paragraph === s.paragraph) visitByPlace(quantityByPlace, prev, s, seen, ctx, signals);
          }
        }
      }
      for (const c of claims) if (signals[c.position]!.length) findRebuttals(c, signals[c.position]!, ctx);

      let verdicts: ClaimVerdict[] = [];
      for (const c of claims) verdicts.push(aggregate(c, signals[c.position]!));
      // An article that keeps hedging ("whether", "analysts are divided", questions) weighs a claim without
      // taking its side: what would read as support is discussion there.
      let hedged = 0;
      for (const s of article.sentences) if (s.keys.size > 0 && isHedged(s) && !interviewQuestion(s, article.sentences)) hedged++;
      if (hedged >= ANALYSIS_MIN_HEDGED && hedged / article.sentences.length >= ANALYSIS_HEDGE_SHARE) {
        verdicts = verdicts.map((v) =>
          v.stance === 'supports' ? { ...v, stance: 'discusses', confidence: 0.5, reason: `${v.reason}; but the article weighs it without taking a side (${hedged} hedged sentences)` } : v,
        );
      }
      if (plainClaims.length) {
        const fullText = input.title ? `${input.title}\n\n${input.text}` : input.text;
        for (const c of plainClaims) verdicts[c.position] = refinePlainVerdict(c, verdicts[c.position]!, fullText, bestOverlap(c, article));
      }
      // An article that states or disputes a claim is about the topic (claims.md); one that only mentions it, less so.
      const claimSignal = anyStance(verdicts, 'contradicts') || anyStance(verdicts, 'supports') ? 1.2 : anyStance(verdicts, 'discusses') ? 0.6 : 0;
      const relevance = topic
        ? judgeRelevance(topic, article, facets, weights, claimSignal)
        : {
            relevant: verdicts.some((v) => v.stance !== 'unrelated'),
            score: verdicts.some((v) => v.stance !== 'unrelated') ? 0.8 : 0.1,
            reasons: ['no topic in the claims file: relevant when it touches a claim'],
          };
      if (options.inspect) options.inspect({ article, claims, signals, verdicts, relevant: relevance.relevant });
      if (!relevance.relevant && topic) {
        verdicts = verdicts.map((v) => ({ claimId: v.claimId, stance: 'unrelated', confidence: 0.8, evidence: [], reason: 'the article is not about the topic', comparisons: [] }));
      }
      const newFacts = relevance.relevant && topic ? findNewFacts(article, weights, claims, kinds, claimKeys) : [];
      return { lang, relevance, claims: verdicts, newFacts };
    },
  };
}

/** Some verdict takes this stance. */
function anyStance(verdicts: readonly ClaimVerdict[], stance: ClaimVerdict['stance']): boolean {
  for (const v of verdicts) if (v.stance === stance) return true;
  return false;
}

/** Judges sentence s against the quantity claims filed under the places `holder` names. */
function visitByPlace(byPlace: ReadonlyMap<string, CompiledClaim[]>, holder: Sentence, s: Sentence, seen: Int32Array, ctx: StanceContext, signals: Signal[][]): void {
  for (const k of holder.keys) {
    const list = byPlace.get(k);
    if (list !== undefined) for (const c of list) visitClaim(c, s, seen, ctx, signals);
  }
}

/** Judges sentence s against claim c unless it already did for this sentence. */
function visitClaim(c: CompiledClaim, s: Sentence, seen: Int32Array, ctx: StanceContext, signals: Signal[][]): void {
  if (seen[c.position] === s.index) return;
  seen[c.position] = s.index;
  judgeSentence(c, s, ctx, signals[c.position]!);
}

/**
 * What the stance rules know about one article beyond a sentence. A class rather than an object of arrow
 * functions: its methods are made once, not per article (tsx names every closure it creates, at a cost).
 */
class ArticleContext implements StanceContext {
  private readonly later: number[] = [];
  readonly subjectKeys: ReadonlySet<string>;
  readonly forceKeys: ReadonlySet<string>;
  constructor(
    readonly article: AnalyzedArticle,
    readonly weights: number[],
    private readonly topic: CompiledTopic | null,
    private readonly facets: TopicFacets[],
    readonly kinds: ReadonlyMap<string, string>,
    readonly claimsPerKey: ReadonlyMap<string, number>,
    readonly placeKeys: ReadonlySet<string>,
  ) {
    this.subjectKeys = topic?.subjectKeys ?? EMPTY_KEYS;
    this.forceKeys = topic?.forceKeys ?? EMPTY_KEYS;
  }

  placeOrAction(s: Sentence): boolean {
    const f = this.facets[s.index];
    return !!f && (f.place || f.action);
  }

  reversal(s: Sentence, claim: CompiledClaim): boolean {
    return !!this.topic && otherCondHolds(this.topic.reversals, s, claim) && !movedToward(s, this.topic.reversals, this.placeKeys);
  }

  ownFigures(s: Sentence, claim: CompiledClaim): boolean {
    return !!this.topic && otherCondHolds(this.topic.events, s, claim);
  }

  laterArticle(claim: CompiledClaim): boolean {
    // by claim position: 0 = not asked yet, 1 = no, 2 = yes
    let v = this.later[claim.position];
    if (v === undefined) for (let k = this.later.length; k <= claim.position; k++) this.later.push(0);
    if (!v) {
      v = isLaterArticle(claim, this.article.published, this.article.sentences) ? 2 : 1;
      this.later[claim.position] = v;
    }
    return v === 2;
  }
}

const EMPTY_KEYS: ReadonlySet<string> = new Set();

/** Slavic prepositions of direction: "вывели К границе", "вивела ДО кордону" moves troops toward, no withdrawal. */
const TOWARD = new Set(['к', 'ко', 'до', 'да']);

/** Every reversal word of the sentence is followed by "to" and one of the topic's places ("вывели к границе"). */
function movedToward(s: Sentence, set: CondSet, placeKeys: ReadonlySet<string>): boolean {
  let any = false;
  for (const h of s.hits) {
    let own = false;
    for (const c of set.conds) if (c.includes(h.key)) own = true;
    if (!own) continue;
    let toward = false;
    // "вывели к границе", "до південного кордону Білорусь вивела": the direction just after or before the verb
    for (let k = Math.max(0, h.i - 5); k < Math.min(s.tokens.length, h.j + 3) && !toward; k++) {
      if (k >= h.i && k < h.j) continue;
      if (!TOWARD.has(s.tokens[k]!.n)) continue;
      for (const p of s.hits) if (placeKeys.has(p.key) && p.i > k && p.i - k <= 3) toward = true;
    }
    if (!toward) return false;
    any = true;
  }
  return any;
}

/** A condition of the set holds in the sentence and names none of the claim's own words. */
function otherCondHolds(set: CondSet, s: Sentence, claim: CompiledClaim): boolean {
  for (const c of set.conds) {
    if (!condMatches(c, s)) continue;
    let own = false;
    for (const k of c) if (claim.allKeys.has(k)) own = true;
    if (!own) return true;
  }
  return false;
}

/** The sentence sharing most of a plain claim's words: the evidence when only the learned cues speak. */
function bestOverlap(c: CompiledClaim, article: { sentences: { text: string; has(k: string): boolean }[] }): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const s of article.sentences) {
    let n = 0;
    for (const k of c.keywords) if (s.has(k)) n++;
    if (n > bestN) [best, bestN] = [s.text, n];
  }
  return best;
}

/** The named places (gazetteer kind "place") a claim is about; generic place words like "border" do not count. */
function specificPlaces(c: CompiledClaim, kinds: ReadonlyMap<string, string>): string[] {
  return c.places.filter((p) => kinds.get(p) === 'place');
}

/**
 * An article published well after the claim's period that never dates anything inside it reports on another period;
 * so does one published a couple of weeks after it whose own dates all lie after it ("on Tuesday" in September).
 */
function isLaterArticle(claim: CompiledClaim, published: number | null, sentences: { dates: { from: number; to: number }[] }[]): boolean {
  if (!claim.period || published === null || published <= claim.period.to + LATER_DATED_DAYS) return false;
  let after = false;
  for (const s of sentences) {
    for (const d of s.dates) {
      // (a span of years, "since 2009", "in 2024", dates nothing: a site's masthead or a dateline)
      if (d.to - d.from > WIDE_SPAN_DAYS) continue;
      if (d.to >= claim.period.from - 31 && d.from <= claim.period.to + LATER_DATED_DAYS) return false;
      if (d.from > claim.period.to + LATER_DATED_DAYS) after = true;
    }
  }
  return after || published > claim.period.to + LATER_ARTICLE_DAYS;
}
