import { cueMask, type Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import { PEOPLE_WHOLE } from '../parse/quantities.ts';
import type { Cond } from '../terms.ts';

/** Uncertain wording: a hedge, a question, "some say ... others ...", or a report of only some sources ("Some channels say ..."). Enough to stop a support. */
export function isHedged(s: Sentence): boolean {
  return (s.uncertainty & 1) !== 0 || someSay(s) || neitherWay(s);
}

/** First words of hedges that hedge only what follows them: "videos SAID to show tanks", "clips PURPORTING to show". */
const HEDGES_WHAT_FOLLOWS = new Set(['purport', 'purports', 'purported', 'purporting', 'said', 'claimed', 'claiming']);

/**
 * Hedged for these words: "Troops were sent toward Gomel, and videos said to show tanks circulated" hedges the
 * videos, not the troops. Not when a hedge of the sentence reaches them (one before them, or another kind).
 */
export function hedgedFor(s: Sentence, cond: Cond): boolean {
  if (!isHedged(s)) return false;
  // (hedges of the whole sentence: a question, a debate, "neither confirmed nor refuted")
  if (hedgesWholeSentence(s) || neitherWay(s)) return true;
  // (where each of the condition's words first stands: the condition holds there already)
  let last = -1;
  for (const k of cond) {
    const h = s.hits.find((x) => x.key === k && x.group !== G.cue);
    if (h) last = Math.max(last, h.i);
  }
  for (const h of s.hits) if (h.group === G.cue && h.key === 'hedge' && (h.i < last || !HEDGES_WHAT_FOLLOWS.has(s.tokens[h.i]!.n))) return true;
  return false;
}

/** A question, or a debate ("some say ... others ...", in one sentence or two): the doubt reaches every word of it. */
function hedgesWholeSentence(s: Sentence): boolean {
  return s.text.includes('?') || someSay(s) || (s.cues.has('some') && s.cues.has('others')) || s.othersReply;
}

/** Hedged, or only possible ("could", "if"): enough to stop a contradiction. */
export function isUncertain(s: Sentence): boolean {
  return s.uncertainty !== 0 || someSay(s) || neitherWay(s);
}

/** Words that say it cannot be done: "невозможно", "немагчыма", "неможливо", "нельзя". */
const CANNOT = new Set(['невозможно', 'нельзя', 'немагчыма', 'нельга', 'неможливо', 'impossible', 'cannot']);

/**
 * "Ни подтвердить, ни опровергнуть ... невозможно", "підтвердження немає, як немає і доказів протилежного": the
 * sentence says the fact is neither confirmed nor refuted, with the two halves anywhere in it. (The two verbs side
 * by side, "confirm or deny", are read by negatedCue.) Or that it could not be confirmed at all (cannotConfirm).
 */
function neitherWay(s: Sentence): boolean {
  // (a word of confirming: most sentences have none, and the cue bits say so at once)
  if ((s.cueBits & CONFIRMED) === 0) return false;
  if (s === lastNeither) return lastNeitherAnswer;
  lastNeither = s;
  lastNeitherAnswer = ((s.cueBits & NEGATED) !== 0 && readNeitherWay(s)) || cannotConfirm(s);
  return lastNeitherAnswer;
}

const NEGATED = cueMask(['negation', 'absent']);
const CONFIRMED = cueMask(['confirm']);
let lastNeither: Sentence | null = null;
let lastNeitherAnswer = false;

function readNeitherWay(s: Sentence): boolean {
  let confirm = -1;
  let against = -1;
  let negations = 0;
  for (const h of s.hits) {
    if (h.group !== G.cue) continue;
    if (h.key === 'negation' || h.key === 'absent') negations++;
    else if (h.key === 'confirm' && confirm < 0) confirm = h.i;
    // the other half after the confirming word: a denial ("ни ОПРОВЕРГНУТЬ") or the opposite ("доказів ПРОТИЛЕЖНОГО")
    else if ((h.key === 'denial' || h.key === 'opposite') && confirm >= 0 && h.i > confirm && against < 0) against = h.i;
  }
  if (confirm < 0 || against < 0) return false;
  // both halves denied: a negation for each, or one "impossible" for the pair
  if (negations >= 2) return true;
  for (const t of s.tokens) if (CANNOT.has(t.n)) return true;
  return false;
}

/** "Can" after a "не" (ru, uk, be, in every person and tense that reports a try): "не может", "не змогли", "не ўдалося". */
const CAN = /^(могу|может|можем|могут|смог|смогла|смогло|смогли|сможет|сможем|смогут|удалось|удаётся|удается|можу|може|можемо|можуть|зміг|змогла|змогло|змогли|зможе|зможемо|зможуть|вдалося|вдалось|вдається|магу|можа|можам|могуць|змог|змагла|змагло|змаглі|зможа|зможам|змогуць|удалося|ўдалося|удаецца)$/;
/** English inability before the verb: "cannot confirm", "could not verify", "unable to verify". */
const EN_CANNOT = new Set(['cannot', "can't", "couldn't", 'unable']);
/** An infinitive of confirming: Slavic "-ть/-ти/-ць" ("подтвердить", "підтвердити", "пацвердзіць"), English bare verbs. */
const CONFIRM_INFINITIVE = /^(\S+(ть|ти|ць)|confirm|verify|prove)$/;

/**
 * "Подтвердить эти сведения редакция не смогла", "підтвердити їх служба не може", "we cannot verify the footage":
 * whoever reports it says they could not confirm it, in either order within the clause; a report left open.
 */
function cannotConfirm(s: Sentence): boolean {
  const t = s.tokens;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'confirm' || !CONFIRM_INFINITIVE.test(t[h.i]!.n)) continue;
    for (let k = Math.max(0, h.i - 8); k < Math.min(t.length - 1, h.i + 12); k++) {
      const w = t[k]!.n;
      if ((w === 'не' && CAN.test(t[k + 1]!.n)) || (k < h.i && CANNOT.has(w))) return true;
      if (k < h.i && k >= h.i - 3 && (EN_CANNOT.has(w) || (w === 'not' && k > 0 && /^(could|can|were|was)$/.test(t[k - 1]!.n)))) return true;
    }
  }
  return false;
}

/** "Some channels say", "Некоторые источники утверждают": a report that only some sources make, no finding. */
function someSay(s: Sentence): boolean {
  if (!s.cues.has('some') || !s.cues.has('report')) return false;
  if (s === lastSentence) return lastSomeSay;
  lastSentence = s;
  lastSomeSay = readSomeSay(s);
  return lastSomeSay;
}

/** The last sentence asked about (sentences are judged claim after claim, one at a time). */
let lastSentence: Sentence | null = null;
let lastSomeSay = false;

function readSomeSay(s: Sentence): boolean {
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'some' || s.tokens[h.j]?.d) continue;
    // "several hundred soldiers": part of a number, not "several sources"
    if (s.quantities.some((q) => q.i <= h.i && q.j > h.i)) continue;
    for (const r of s.hits) if (r.group === G.cue && r.key === 'report' && r.i >= h.j && r.i - h.j <= 3) return true;
  }
  return false;
}

/** Conjunctions that open a condition: what comes before them is asserted, only what follows is conditional. */
const CONDITIONAL = new Set(['if', 'unless', 'если', 'калі', 'якщо', 'якби', 'если бы']);

/**
 * Uncertain for these words: hedged, or only possible. A condition clause after the words ("61% support it if
 * security requires it") leaves them asserted.
 */
export function isUncertainFor(s: Sentence, cond: Cond): boolean {
  if (!isUncertain(s)) return false;
  let last = -1;
  for (const k of cond) {
    const h = s.hits.find((x) => x.key === k && x.group !== G.cue);
    if (h) last = Math.max(last, h.j);
  }
  if (isHedged(s) && !onlyAttributive(s, last)) return true;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'modal') continue;
    const word = s.text.slice(s.tokens[h.i]!.s, s.tokens[h.j - 1]!.e).toLowerCase();
    if (word === 'would' && (pollAnswer(s, h.i) || s.ownEstimateAt(h.i))) continue;
    if (!(CONDITIONAL.has(word) && last >= 0 && h.i >= last)) return true;
  }
  return false;
}

/** Hedges that describe what someone else claims ("videos ALLEGEDLY showing tanks ... were old", "clips PURPORTING to show"). */
const ATTRIBUTIVE = new Set(['allegedly', 'purportedly', 'supposedly', 'reportedly', 'purport', 'purports', 'purported', 'purporting', 'said', 'claimed', 'claiming', 'якобы', 'будто', 'нібыта', 'быццам', 'нібито', 'начебто']);

/** Every hedge of the sentence is an attributive one: against a contradicting finding it marks the claim reported, not the finding. */
function onlyAttributive(s: Sentence, end: number): boolean {
  if (end < 0 || hedgesWholeSentence(s)) return false;
  let any = false;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'hedge') continue;
    if (!ATTRIBUTIVE.has(s.tokens[h.i]!.n)) return false;
    any = true;
  }
  return any;
}

/** Words of a majority before the people it counts: "MOST Belarusians", "the MAJORITY of respondents". */
const MAJORITY = /^(most|majority|большинство|большасць|більшість)$/;

/**
 * "58 per cent of respondents would back it", "most Belarusians would oppose it": the "would" of a share of
 * people is their answer to a poll's question, a finding, not a speculation of the writer's.
 */
function pollAnswer(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (!PEOPLE_WHOLE.test(s.tokens[k]!.n)) continue;
    for (const q of s.quantities) if (q.kind === 'share' && q.ofOther && q.j <= k + 1 && k - q.j <= 2) return true;
    for (let m = Math.max(0, k - 3); m < k; m++) if (MAJORITY.test(s.tokens[m]!.n)) return true;
  }
  return false;
}

/** A line of an interview or a Q&A: a dialogue dash, or a "Q:" label, opens its paragraph. */
const DIALOGUE_LINE = /^\s*(?:[—–―]|(?:q|question|вопрос|пытанне|питання|в|п)\s*:\s)/iu;

/**
 * "— Наскільки реальна загроза?": a question put in an interview is the interviewer's, answered in the next
 * line; it is no doubt of the article's own, so it does not make the article one that weighs a claim.
 */
export function interviewQuestion(s: Sentence, sentences: readonly Sentence[]): boolean {
  if (!s.text.includes('?')) return false;
  let first = s;
  for (let k = s.index - 1; k >= 0 && sentences[k]!.paragraph === s.paragraph; k--) first = sentences[k]!;
  return DIALOGUE_LINE.test(first.text);
}
