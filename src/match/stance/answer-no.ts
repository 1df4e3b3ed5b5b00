import type { Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';

/** A reply that is a bare "no": "No.", "No, and ...", "Нет.", "Ні, ..." (not "no troops", "не было"). */
const NO = new Set(['no', 'nope', 'нет', 'не', 'ні']);
/** Words by which a short question points back to what was just said: "Is THAT true?", "Do you AGREE?", "Это так?". */
const BACK = new Set([
  'that', 'this', 'it', 'so', 'agree', 'true', 'correct', 'right', 'accurate',
  'это', 'так', 'согласны', 'согласен', 'согласна', 'правда', 'верно',
  'гэта', 'згодныя', 'згодны', 'згодная', 'праўда', 'дакладна',
  'це', 'згодні', 'згоден', 'згодна', 'правда', 'вірно', 'слушно',
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
  const first = speakerLabelEnd(reply);
  const w = t[first];
  if (!w || !NO.has(w.n)) return null;
  // a bare "no": a stop, comma or dash after it, or nothing
  const after = first + 1 < t.length ? reply.text.slice(w.e, t[first + 1]!.s) : reply.text.slice(w.e);
  if (first + 1 < t.length && !/^\s*[.,!;—–-]/.test(after)) return null;
  return reply.hits.find((h) => h.group === G.cue && h.key === 'negation' && h.i === first) ?? null;
}

/** Transcripts: the index of the first word after a speaker's label ("HOST:", "Col. Kazlouski:"), 0 if none. */
export function speakerLabelEnd(s: Sentence): number {
  const t = s.tokens;
  let first = 0;
  for (let k = 0; k < Math.min(t.length - 1, LABEL_WORDS); k++) if (s.text.slice(t[k]!.e, t[k + 1]!.s).includes(':')) first = k + 1;
  return first;
}
