import type { AnalyzedArticle, Sentence } from './analyze-article.ts';
import type { ClaimQuantity, CompiledClaim } from './compile-claims.ts';
import { G } from './lexicon/builtin-phrases.ts';
import type { Hit } from './lexicon/phrase-index.ts';
import type { Quantity } from './parse/quantities.ts';
import type { Cond, CondSet } from './terms.ts';
import type { ClaimVerdict, Comparison, Stance } from './types.ts';

/** One piece of evidence for a stance, from one sentence. */
export interface Signal {
  stance: Exclude<Stance, 'unrelated'>;
  confidence: number;
  sentence: Sentence;
  reason: string;
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
  /** gazetteer kinds by key */
  kinds: ReadonlyMap<string, string>;
  /** the sentence names a place or an action of the topic */
  placeOrAction: (s: Sentence) => boolean;
  /** the sentence reports the end of the situation (a withdrawal) that this claim does not itself speak of */
  reversal: (s: Sentence, claim: CompiledClaim) => boolean;
  /** keys of the topic's places ("the Ukrainian border": the country names a place) */
  placeKeys: ReadonlySet<string>;
  /** how many claims use each key (a key of many claims is no sign of one) */
  claimsPerKey: ReadonlyMap<string, number>;
  /** the article as a whole is about a later period than this claim's */
  laterArticle: (claim: CompiledClaim) => boolean;
}

const LATER_SLACK = 14;
/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_START = new Set(['that', 'how', 'whether', 'if', 'which', 'who', 'where', 'when', 'why', 'что', 'чтобы', 'как', 'сколько', 'ли', 'который', 'которые', 'где', 'што', 'як', 'колькі', 'ці', 'які', 'якія', 'дзе', 'що', 'скільки', 'чи', 'який', 'які', 'де']);
/** After a negation these words show that speaking or knowing is negated, not the fact ("did not say", "no doubt"). */
const SCOPE_VERB = /^(say|said|says|specify|specified|comment|commented|disclose|disclosed|reveal|revealed|give|gave|name|named|know|knew|doubt|doubts|question|уточн|сообщ|назва|раскры|коммент|сомн|знает|знали|удакладн|паведам|назва|каментав|сумн|ведае|уточн|повідом|назва|розкри|коментув|сумнів|знає)/;
const NOT_NEGATING = new Set(['only', 'merely', 'just', 'simply', 'least', 'только', 'лишь', 'просто', 'толькі', 'проста', 'лише', 'тільки', 'лиш']);
const EARLIER_SLACK = 31;

/** Uncertain wording: a hedge, a question, or "some say ... others ...". Enough to stop a support. */
export function isHedged(s: Sentence): boolean {
  return (s.uncertainty & 1) !== 0;
}

/** Hedged, or only possible ("could", "if"): enough to stop a contradiction. */
export function isUncertain(s: Sentence): boolean {
  return s.uncertainty !== 0;
}

/** The first condition that holds; a "$neg" in it must be a negation next to its other words. */
function firstCond(conds: CondSet, s: Sentence): Cond | null {
  return conds.first(s, negationHolds);
}

function negationHolds(c: Cond, s: Sentence): boolean {
  return !c.includes('$neg') || negatedNear(s, c) !== null;
}

/** A negation cue within three words before one of the condition's words, or a denial cue anywhere. */
export function negatedNear(s: Sentence, cond: Cond | null): Hit | null {
  const negs = s.hits.filter((h) => h.group === G.cue && (h.key === 'negation' || h.key === 'denial' || h.key === 'absent'));
  if (negs.length === 0) return null;
  const denial = negs.find((h) => h.key === 'denial');
  if (denial) return denial;
  const targets = s.hits.filter((h) => cond?.includes(h.key) && h.group !== G.cue);
  // "ударних угруповань немає": existence denied after the noun
  for (const a of s.hits) {
    if (a.group !== G.cue || a.key !== 'absent') continue;
    if (targets.some((t) => t.group !== 'person' && t.group !== 'country' && t.j <= a.i && a.i - t.j <= 5)) return a;
  }
  for (const n of negs) {
    // "not only", "not merely": no negation of what follows; "did not say", "no doubt": it negates the saying
    const next = s.tokens[n.j]?.n ?? '';
    if (NOT_NEGATING.has(next) || SCOPE_VERB.test(next)) continue;
    for (const t of targets) {
      if (t.group === 'person' || t.group === 'country') continue;
      if (t.i < n.j || t.i - n.j > 3) continue;
      if (/[,;:()—–]/.test(s.text.slice(s.tokens[n.i]!.e, s.tokens[t.i]!.s))) continue;
      // a new clause ("no doubt THAT troops moved", "did not say HOW MANY troops") ends the negation's reach
      let open = true;
      for (let k = n.j; k < t.i; k++) if (CLAUSE_START.has(s.tokens[k]!.n)) open = false;
      if (open) return n;
    }
  }
  return null;
}

/** The dates a sentence speaks of: its own, or those of the one or two sentences before it in its paragraph. */
export function effectiveDates(s: Sentence, sentences: readonly Sentence[], published: number | null = null) {
  if (s.dates.length) return s.dates;
  // A headline speaks of the day it was published.
  if (s.isTitle) return published === null ? s.dates : [{ from: published, to: published, text: '', relative: true }];
  for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
    const p = sentences[k]!;
    if (p.paragraph !== s.paragraph || p.isTitle) break;
    if (p.dates.length) return p.dates;
  }
  return s.dates;
}

/** "Some clips were old, but many were recent": a contrast after the contradicting words takes it back. */
function concession(s: Sentence, cond: Cond): boolean {
  // the span of the first occurrence of each of the condition's words
  let last = -1;
  for (const k of cond) {
    const first = s.hits.find((h) => h.key === k && h.group !== G.cue);
    if (first) last = Math.max(last, first.j - 1);
  }
  return last >= 0 && s.hits.some((h) => h.group === G.cue && h.key === 'contrast' && h.i > last);
}

/** Whether the sentence's dates (own or inherited) put it after / outside the claim's period. */
function timing(claim: CompiledClaim, s: Sentence, sentences: readonly Sentence[], published: number | null): { later: boolean; outside: boolean } {
  if (!claim.period) return { later: false, outside: false };
  const dates = effectiveDates(s, sentences, published);
  if (dates.length === 0) return { later: false, outside: false };
  const { from, to } = claim.period;
  const later = dates.every((d) => d.from > to + LATER_SLACK);
  const outside = dates.every((d) => d.from > to + LATER_SLACK || d.to < from - EARLIER_SLACK);
  return { later, outside };
}

function keywordShare(claim: CompiledClaim, s: Sentence): number {
  if (claim.keywords.length === 0) return 0;
  let n = 0;
  for (const k of claim.keywords) if (s.has(k)) n++;
  return n / claim.keywords.length;
}

/** Judges one sentence against one claim; pushes what it finds to `out`. */
export function judgeSentence(claim: CompiledClaim, s: Sentence, ctx: StanceContext, out: Signal[]): void {
  // A claim with no conditions of its own is read through the words of its statement.
  const plain = claim.states.length + claim.mentions.length + claim.supportedBy.length + claim.contradictedBy.length === 0;
  const share = plain ? keywordShare(claim, s) : 0;
  const stateCond = firstCond(claim.states, s) ?? (plain && share >= 0.6 && claim.keywords.length >= 2 ? claim.keywords : null);
  const mentionCond = firstCond(claim.mentions, s) ?? (plain && share >= 0.34 && (claim.keywords.length <= 2 || share * claim.keywords.length >= 2) ? claim.keywords : null);
  let contraCond = firstCond(claim.contradictedBy, s);
  // "$earlier": the sentence dates what it speaks of before the claim's period ("filmed in 2022")
  if (contraCond?.includes('$earlier') && !(claim.period && s.dates.every((d) => d.to < claim.period!.from))) contraCond = null;
  const supportCond = firstCond(claim.supportedBy, s);
  if (!stateCond && !mentionCond && !contraCond && !supportCond && (claim.quantities.length === 0 || s.quantities.length === 0)) return;

  const hedged = isHedged(s);
  const { later, outside } = timing(claim, s, ctx.article.sentences, ctx.article.published);
  // A sentence about a later period (a withdrawal in October, a 2025 deployment) is new information, not a stance;
  // so is a whole article published long after the claim's period that never dates anything inside it.
  if (later || ctx.laterArticle(claim)) return;
  const uncertain = isUncertain(s);
  if (outside) {
    // About an earlier period: only an explicit contradiction ("already there in 2023") speaks to the claim.
    if (contraCond && !uncertain && !negatedNear(s, contraCond)) out.push({ stance: 'contradicts', confidence: 0.7, sentence: s, reason: `states ${describeCond(s, contraCond)}`, comparisons: [] });
    return;
  }
  if (supportCond && !contraCond) {
    if (hedged) out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: `mentions ${describeCond(s, supportCond)} with a hedge`, comparisons: [] });
    else out.push({ stance: 'supports', confidence: 0.65, sentence: s, reason: `states ${describeCond(s, supportCond)}`, comparisons: [] });
  }

  if (contraCond) {
    const explicitNeg = contraCond.includes('$neg');
    const neg = explicitNeg ? null : negatedNear(s, contraCond);
    if (neg) {
      out.push({ stance: 'supports', confidence: 0.6, sentence: s, reason: `denies what would contradict it ("${s.words(neg)}")`, comparisons: [] });
    } else if (uncertain) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: 'raises a contradicting point as uncertain', comparisons: [] });
    } else if (concession(s, contraCond)) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: `concedes ${describeCond(s, contraCond)}, then turns ("but ...")`, comparisons: [] });
    } else {
      out.push({ stance: 'contradicts', confidence: 0.8, sentence: s, reason: `states ${describeCond(s, contraCond)}`, comparisons: [] });
    }
  }

  if (claim.quantities.length && (stateCond || mentionCond || supportCond || nearTopic(s, ctx))) {
    compareQuantities(claim, s, ctx, { hedged, uncertain, outside, stateCond, mentionCond }, out);
  }

  if (stateCond && !supportCond) {
    const neg = negatedNear(s, stateCond);
    const withdrawal = ctx.reversal(s, claim);
    if (claim.polarity === 'negative') {
      if (neg && !hedged) out.push({ stance: 'supports', confidence: 0.65, sentence: s, reason: `restates it (${describeCond(s, stateCond)}, "${s.words(neg)}")`, comparisons: [] });
      else out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: `touches it (${describeCond(s, stateCond)})`, comparisons: [] });
    } else if (neg && !uncertain && !withdrawal) {
      out.push({ stance: 'contradicts', confidence: neg.key === 'denial' ? 0.75 : 0.65, sentence: s, reason: `denies it: "${s.words(neg)}" with ${describeCond(s, stateCond)}`, comparisons: [] });
    } else if (hedged || withdrawal || neg) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: hedged ? 'mentions it with a hedge' : 'mentions it with a withdrawal or uncertain negation', comparisons: [] });
    } else {
      out.push({ stance: 'supports', confidence: 0.6, sentence: s, reason: `states ${describeCond(s, stateCond)}`, comparisons: [] });
    }
  } else if (mentionCond && !supportCond) {
    out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: `mentions ${describeCond(s, mentionCond)}`, comparisons: [] });
  }
}

interface SentenceState {
  hedged: boolean;
  uncertain: boolean;
  outside: boolean;
  stateCond: Cond | null;
  mentionCond: Cond | null;
}

function compareQuantities(claim: CompiledClaim, s: Sentence, ctx: StanceContext, st: SentenceState, out: Signal[]): void {
  const qs = s.quantities;
  if (qs.length === 0) return;
  const onTopic = nearTopic(s, ctx) || st.stateCond !== null || st.mentionCond !== null;
  if (!onTopic || st.outside || ctx.laterArticle(claim)) return;
  const withdrawal = ctx.reversal(s, claim);
  for (const q of qs) {
    if (q.yearLike || q.kind === 'number') continue;
    if (!ownTroops(s, q, ctx)) continue;
    for (const c of claim.quantities) {
      const cmp = compare(c, q, s, st, ctx);
      if (!cmp) continue;
      if (cmp.agrees && farBelowBefore(s, q)) {
        out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: `puts the figure far below the claimed ${cmp.claimed} ("${s.text.slice(s.tokens[Math.max(0, q.i - 4)]!.s, s.tokens[q.j - 1]!.e)}")`, comparisons: [{ ...cmp, agrees: false }] });
      } else if (cmp.agrees && (q.qualifier === 'upto' || q.qualifier === 'less' || q.qualifier === 'more')) {
        // a bound ("fewer than 2,000") that merely admits the claimed value neither confirms nor denies it
        out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: `${cmp.fact} ${cmp.found} admits the claimed ${cmp.claimed}`, comparisons: [cmp] });
      } else if (cmp.agrees && st.hedged) {
        out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: `${cmp.fact} ${cmp.found} as claimed (${cmp.claimed}), stated with a hedge`, comparisons: [cmp] });
      } else if (cmp.agrees) {
        out.push({ stance: 'supports', confidence: 0.7, sentence: s, reason: `${cmp.fact} ${cmp.found} matches claimed ${cmp.claimed}`, comparisons: [cmp] });
      } else if (st.uncertain || withdrawal) {
        out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: `${cmp.fact} ${cmp.found} vs claimed ${cmp.claimed}, stated with a hedge`, comparisons: [cmp] });
      } else {
        const conf = q.qualifier === 'only' || s.cues.has('only') || s.cues.has('small') ? 0.85 : 0.75;
        out.push({ stance: 'contradicts', confidence: conf, sentence: s, reason: `${cmp.fact} ${cmp.found} vs claimed ${cmp.claimed}`, comparisons: [cmp] });
      }
    }
  }
}

/** "well short of a third", "в разы меньше трети": the claimed value is named only to be set far above the truth. */
function farBelowBefore(s: Sentence, q: Quantity): boolean {
  return s.hits.some((h) => h.group === G.cue && h.key === 'farBelow' && h.i <= q.i && h.j >= q.i - 1);
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 10) / 10));

function compare(c: ClaimQuantity, q: Quantity, s: Sentence, st: SentenceState, ctx: StanceContext): Comparison | null {
  const overlap = (a: number, b: number) => q.max >= a && q.min <= b;
  if (c.kind === 'count' && q.kind === 'count' && c.unit === q.unit) {
    return { fact: 'count', found: q.text, claimed: c.label, agrees: overlap(c.min, c.max) };
  }
  if (c.kind === 'distance' && q.kind === 'distance' && q.fromPoint) {
    return { fact: 'distance', found: `${q.text} (${fmt(q.value)} km)`, claimed: c.label, agrees: overlap(c.min, c.max) };
  }
  if (c.kind === 'share' && q.kind === 'share' && (q.ofArmy || st.stateCond || st.mentionCond) && (ctx.placeOrAction(s) || st.stateCond || previousOnTopic(s, ctx))) {
    return { fact: 'share of the army', found: q.text, claimed: c.label, agrees: overlap(c.min, c.max) };
  }
  // A troop count says something about a share of the army only when set against it ("only 1,100", "a third? no: ...").
  const setAgainst = st.stateCond || st.mentionCond || q.qualifier === 'only' || s.cues.has('only') || s.cues.has('small') || s.cues.has('denial') || s.cues.has('contrast');
  if (c.kind === 'share' && c.base && q.kind === 'count' && q.unit === 'troops' && setAgainst && (st.stateCond || st.mentionCond || ctx.placeOrAction(s))) {
    const lo = q.min / c.base;
    const hi = q.max / c.base;
    const agrees = hi >= c.min && lo <= c.max;
    return { fact: 'share of the army', found: `${q.text} (about ${fmt((q.value / c.base) * 100)}% of ~${fmt(c.base)})`, claimed: c.label, agrees };
  }
  return null;
}

/** Words after which a country is a place ("the border with Ukraine"), not the owner of the troops. */
const PLACE_BEFORE = /^(with|to|into|toward|towards|near|along|from|at|in|inside|on|border|frontier|з|с|со|до|к|ко|у|в|во|ў|на|від|ад|от|аж|ля|каля|около|возле|біля|вдоль|уздоўж|уздовж|граница|границе|границы|кордон|кордону|кордоні|мяжа|мяжы|мяжу)$/;

/** On topic itself, or right after an on-topic sentence of its paragraph ("... the port said 30,000 were stranded"). */
export function nearTopic(s: Sentence, ctx: { weights: number[]; article: AnalyzedArticle }): boolean {
  if (ctx.weights[s.index]! > 0) return true;
  const prev = ctx.article.sentences[s.index - 1];
  return !!prev && !prev.isTitle && prev.paragraph === s.paragraph && ctx.weights[prev.index]! > 0;
}

/** The sentence before (news paragraphs are short: across a paragraph break too) names a place or action of the topic ("... moved 15,000. That is a third of the army."). */
function previousOnTopic(s: Sentence, ctx: StanceContext): boolean {
  const prev = ctx.article.sentences[s.index - 1];
  return !!prev && !prev.isTitle && ctx.placeOrAction(prev);
}

/** A troop number belongs to the topic's side unless another country is named closer to it ("120,000 Ukrainian troops"). */
function ownTroops(s: Sentence, q: Quantity, ctx: StanceContext): boolean {
  if (q.kind !== 'count' || q.unit !== 'troops') return true;
  let nearest: Hit | null = null;
  let dist = Infinity;
  for (const h of s.hits) {
    if (ctx.kinds.get(h.key) !== 'country') continue;
    if (h.i > 0 && PLACE_BEFORE.test(s.tokens[h.i - 1]!.n)) continue;
    // "the Ukrainian border", "украинской границы": the country names the border, not the troops
    if (s.hits.some((b) => b.i === h.j && ctx.placeKeys.has(b.key))) continue;
    const d = h.i >= q.j ? h.i - q.j : q.i >= h.j ? (q.i - h.j) * 1.5 : 0;
    if (h.i >= q.j && h.i - q.j > 2) continue;
    if (d < dist) {
      dist = d;
      nearest = h;
    }
  }
  return !nearest || ctx.subjectKeys.has(nearest.key);
}

function describeCond(s: Sentence, cond: Cond): string {
  const words: string[] = [];
  for (const k of cond) {
    if (k.startsWith('$')) continue;
    const h = s.hits.find((x) => x.key === k);
    if (h) words.push(`"${s.words(h)}"`);
  }
  return words.length ? words.join(' + ') : 'its facts';
}

/** After all sentences: a statement of the claim followed by a denial contradicts it (quote, then rebuttal). */
export function findRebuttals(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  if (claim.polarity === 'negative') return;
  const sentences = ctx.article.sentences;
  const stated = signals.filter((x) => x.stance !== 'contradicts' && !x.sentence.isTitle);
  for (const sig of stated) {
    for (let k = sig.sentence.index + 1; k <= Math.min(sentences.length - 1, sig.sentence.index + 2); k++) {
      const t = sentences[k]!;
      if (t.paragraph !== sig.sentence.paragraph && k > sig.sentence.index + 1) break;
      const denial = t.hits.find((h) => h.group === G.cue && h.key === 'denial');
      if (!denial || isUncertain(t) || timing(claim, t, sentences, ctx.article.published).later) continue;
      if (!refersBack(t, claim, ctx)) continue;
      out(signals, { stance: 'contradicts', confidence: 0.65, sentence: t, stated: sig.sentence, reason: `a rebuttal ("${t.words(denial)}") follows a statement of the claim`, comparisons: [] });
      return;
    }
  }
}

const BACK_REFERENCE = /^(this|that|it|these|those|such|claim|claims|statement|figure|words|это|этот|эта|эту|эти|этого|этой|то|такие|заявлени[ея]|цифр[аыу]|слова|гэта|гэты|гэтая|гэтую|гэтыя|гэтага|заяв[аыу]|лічб[аыу]|словы|це|цей|ця|цю|цього|такі|заяв[аиу]|цифр[аиу]|падобнага|подобного|подібного)$/;

/** A rebuttal must be about the claim: it shares one of its content words, or it is short and points back ("That is not true"). */
function refersBack(t: Sentence, claim: CompiledClaim, ctx: StanceContext): boolean {
  for (const k of t.keys) {
    if (!claim.allKeys.has(k) || (ctx.claimsPerKey.get(k) ?? 0) > 2) continue;
    const kind = ctx.kinds.get(k);
    if (kind !== 'country' && kind !== 'person') return true;
  }
  for (const q of t.quantities) if (q.kind !== 'number' && claim.quantities.some((c) => c.kind === q.kind || (c.kind === 'share' && q.kind === 'count'))) return true;
  return t.tokens.length <= 16 && t.tokens.some((x) => BACK_REFERENCE.test(x.n));
}

function out(signals: Signal[], s: Signal): void {
  signals.push(s);
}

const ORDER: Record<Signal['stance'], number> = { contradicts: 3, supports: 2, discusses: 1 };

/** Picks the stance: any firm contradiction wins, then support, then discussion. */
export function aggregate(claim: CompiledClaim, signals: Signal[]): ClaimVerdict {
  if (signals.length === 0) return { claimId: claim.id, stance: 'unrelated', confidence: 0.9, evidence: [], reason: 'the article does not touch this claim', comparisons: [] };
  const byStance = (st: Signal['stance']) => signals.filter((x) => x.stance === st).sort((a, b) => b.confidence - a.confidence || a.sentence.index - b.sentence.index);
  let chosen: Signal['stance'] = 'discusses';
  for (const st of ['contradicts', 'supports', 'discusses'] as const) {
    const list = byStance(st);
    if (list.length && list[0]!.confidence >= 0.5) {
      chosen = st;
      break;
    }
  }
  const list = byStance(chosen);
  if (list.length === 0) return { claimId: claim.id, stance: 'discusses', confidence: 0.4, evidence: [signals[0]!.sentence.text], reason: signals[0]!.reason, comparisons: [] };
  const top = list[0]!;
  const evidence: string[] = [top.sentence.text];
  if (top.stated && !evidence.includes(top.stated.text)) evidence.push(top.stated.text);
  for (const x of list.slice(1, 3)) if (!evidence.includes(x.sentence.text)) evidence.push(x.sentence.text);
  const comparisons = list.flatMap((x) => x.comparisons).slice(0, 6);
  const against = signals.filter((x) => ORDER[x.stance] !== ORDER[chosen] && x.stance !== 'discusses').length;
  const confidence = Math.max(0.3, Math.min(0.95, top.confidence + 0.05 * (list.length - 1) - 0.1 * against));
  return { claimId: claim.id, stance: chosen, confidence: Math.round(confidence * 100) / 100, evidence, reason: top.reason, comparisons };
}
