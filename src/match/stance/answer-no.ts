import type { Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';

/** A reply that is a bare "no": "No.", "No, and ...", "Нет.", "Ні, ..." (not "no troops", "не было"). */
const NO = new Set(['no', 'nope', 'нет', 'не', 'ні']);
/** Words by which a short question points back to what was just said: "Is THAT true?", "Do you AGREE?", "Are THEY still THERE?". */
const BACK = new Set([
  'that', 'this', 'it', 'so', 'agree', 'true', 'correct', 'right', 'accurate', 'they', 'there',
  'это', 'так', 'согласны', 'согласен', 'согласна', 'правда', 'верно', 'они', 'там',
  'гэта', 'згодныя', 'згодны', 'згодная', 'праўда', 'дакладна', 'яны', 'там',
  'це', 'згодні', 'згоден', 'згодна', 'правда', 'вірно', 'слушно', 'вони', 'там',
]);
/** A question longer than this asks something of its own, not "is that so?". */
const SHORT_QUESTION = 12;
/** A speaker's label stands within this many words before its colon ("COL. OLEH HRYTSENKO (translated):"). */
const LABEL_WORDS = 8;

/**
 * Interviews and briefings: a statement of the claim, a question on it ("Do you agree?", "Is that what you see?",
 * or the statement asked as a question), then a reply that opens with a bare "No": the one asked denies it.
 * `question` is the sentence just before the reply; `stated` the statement. Returns the "no", or null.
 */
export function answeredNo(reply: Sentence, question: Sentence, stated: Sentence): Hit | null {
  if (!question.text.trimEnd().replace(/["»”]+$/, '').endsWith('?')) return null;
  // (the question is the statement itself, or a short one that points back to it)
  if (question !== stated && (question.tokens.length > SHORT_QUESTION || !question.tokens.some((t) => BACK.has(t.n)))) return null;
  const t = reply.tokens;
  // the reply's first word, after the speaker's label if there is one
  const label = speakerLabelEnd(reply);
  // (or after a short courtesy set off by a comma: "With respect, no.", "Sadly, no", "Честно говоря, нет")
  const first = t[label] && NO.has(t[label]!.n) ? label : courtesyEnd(reply, label);
  const w = t[first];
  if (!w || !NO.has(w.n)) return echoedNo(reply, label);
  // a bare "no": a stop, comma or dash after it, or nothing
  const after = first + 1 < t.length ? reply.text.slice(w.e, t[first + 1]!.s) : reply.text.slice(w.e);
  if (first + 1 < t.length && !/^\s*[.,!;—–-]/.test(after)) return null;
  return reply.hits.find((h) => h.group === G.cue && h.key === 'negation' && h.i === first) ?? null;
}

/** A courtesy before the answer is this short: "With (all) (due) respect,", "Frankly,", "I'm afraid,". */
const COURTESY_WORDS = 4;

/** The index of the word after a short opening phrase ended by a comma ("With great respect, no"), -1 if none. */
function courtesyEnd(reply: Sentence, from: number): number {
  const t = reply.tokens;
  for (let k = from; k < Math.min(t.length - 1, from + COURTESY_WORDS); k++) {
    const gap = reply.text.slice(t[k]!.e, t[k + 1]!.s);
    if (/[.;:!?—–]/.test(gap)) return -1;
    if (gap.includes(',')) return k + 1;
  }
  return -1;
}

/** Pronouns and auxiliaries of an echoed answer: "They are not.", "It isn't.", "He hasn't." */
const ECHO_PRONOUN = new Set(['it', 'they', 'he', 'she', 'that', 'this', 'we', 'there']);
const ECHO_AUX = /^(is|are|was|were|has|have|had|does|do|did|will|would|can|could)$/;
const ECHO_NOT = /^(isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't)$/;

/**
 * An answer that echoes the question's verb, negated, and says nothing else: "Are they still there? / They are
 * not." ("They are not (,) as far as I know" still answers; "It is not that simple" does not: a word follows).
 */
function echoedNo(reply: Sentence, from: number): Hit | null {
  const t = reply.tokens;
  if (!t[from] || !ECHO_PRONOUN.has(t[from]!.n)) return null;
  let k = from + 1;
  if (t[k] && ECHO_AUX.test(t[k]!.n) && t[k + 1]?.n === 'not') k += 2;
  else if (t[k] && ECHO_NOT.test(t[k]!.n)) k += 1;
  else return null;
  // nothing after the negation, or a new clause after a stop, comma or dash
  if (k < t.length && !/^\s*[.,!;—–-]/.test(reply.text.slice(t[k - 1]!.e, t[k]!.s))) return null;
  return reply.hits.find((h) => h.group === G.cue && h.key === 'negation' && h.i === k - 1) ?? null;
}

/** Transcripts: the index of the first word after a speaker's label ("HOST:", "Col. Kazlouski:"), 0 if none. */
export function speakerLabelEnd(s: Sentence): number {
  const t = s.tokens;
  let first = 0;
  for (let k = 0; k < Math.min(t.length - 1, LABEL_WORDS); k++) if (s.text.slice(t[k]!.e, t[k + 1]!.s).includes(':')) first = k + 1;
  return first;
}
