import type { Sentence } from '../analyze-article.ts';
import type { CompiledClaim } from '../compile-claims.ts';
import type { DateRange } from '../parse/dates.ts';

const LATER_SLACK = 14;
const EARLIER_SLACK = 31;

/** The dates a sentence speaks of: its own, or those of the one or two sentences before it in its paragraph. */
export function effectiveDates(s: Sentence, sentences: readonly Sentence[], published: number | null = null): DateRange[] {
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

/** Whether the sentence's dates (own or inherited) put it after / outside the claim's period. */
export function timing(claim: CompiledClaim, s: Sentence, sentences: readonly Sentence[], published: number | null): { later: boolean; outside: boolean } {
  if (!claim.period) return IN_PERIOD;
  const dates = effectiveDates(s, sentences, published);
  if (dates.length === 0) return IN_PERIOD;
  const { from, to } = claim.period;
  // (loops rather than every with arrow functions: tsx names every closure made per call)
  let later = true;
  let outside = true;
  for (const d of dates) {
    const after = isLater(d, to);
    if (!after) later = false;
    if (!after && !(d.to < from - EARLIER_SLACK)) outside = false;
  }
  // (a date after the period is outside it: later implies outside)
  return later ? LATER : outside ? OUTSIDE : IN_PERIOD;
}

// (shared, frozen results: nothing allocated per call)
const IN_PERIOD: { later: boolean; outside: boolean } = Object.freeze({ later: false, outside: false });
const LATER: { later: boolean; outside: boolean } = Object.freeze({ later: true, outside: true });
const OUTSIDE: { later: boolean; outside: boolean } = Object.freeze({ later: false, outside: true });

/** A day after the period (with slack for late reports), or a vaguer span ("in September") lying mostly after it. */
function isLater(d: DateRange, to: number): boolean {
  return d.from > to + LATER_SLACK || (d.to - d.from >= 7 && (d.from + d.to) / 2 > to + 7);
}

/** "Before that", "until then", "до этого": the sentence speaks of the time before what was just reported. */
const BEFORE_THEN = /\b(before that|before then|until then|up to then|prior to that|till then)\b|(^|[\s,(«"])(до этого|до тех пор|до того времени|да гэтага|да таго часу|дагэтуль|до цього|до того часу|доти)(?=[\s,.;:)»"]|$)/iu;

/**
 * The sentence speaks of the time before the reported event ("For two years before that, no mechanised units
 * stood there"): a negation in it says what was absent then, it does not deny the event.
 */
export function beforeThen(s: Sentence): boolean {
  // (the words first: most sentences hold none of them, and the expression is dearer than a look at the tokens)
  for (const t of s.tokens) if (BEFORE_WORDS.has(t.n)) return BEFORE_THEN.test(s.text);
  return false;
}

/** The first words of BEFORE_THEN's phrases. */
const BEFORE_WORDS = new Set(['before', 'until', 'up', 'prior', 'till', 'до', 'да', 'дагэтуль', 'доти']);
