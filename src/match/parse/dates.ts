import { G } from '../lexicon/builtin-phrases.ts';
import { RELATIVE_DAY_PHRASES, RELATIVE_PERIOD_PHRASES } from '../lexicon/date-words.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Token } from '../text/tokenize.ts';

/** A period a sentence names, as whole days since 1970-01-01 (UTC), inclusive. */
export interface DateRange {
  from: number;
  to: number;
  text: string;
  /** resolved from words relative to the publication date ("last Saturday") */
  relative: boolean;
}

const DAY = 86_400_000;
export const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY);
export const dayToIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export function isoToDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : Math.floor(t / DAY);
}
/** The text of tokens [a, b) (module level: tsx names every closure made per call). */
function span(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.s, tokens[b - 1]!.e);
}

function dayToken(t: Token | undefined): boolean {
  return !!t && t.d && t.n.length <= 2 && Number(t.n) >= 1 && Number(t.n) <= 31;
}

function yearToken(t: Token | undefined): boolean {
  return !!t && t.d && t.n.length === 4 && Number(t.n) >= 1900 && Number(t.n) <= 2100;
}

/** Day offsets within a month for "early", "mid", "late" (en/ru/be/uk). */
const PART_OF_MONTH: Record<string, [number, number]> = {
  early: [0, 10], mid: [9, 20], late: [19, 30], начале: [0, 10], середине: [9, 20], конце: [19, 30], пачатку: [0, 10],
  сярэдзіне: [9, 20], канцы: [19, 30], початку: [0, 10], середині: [9, 20], кінці: [19, 30],
};
const SINCE = new Set(['since', 'с', 'со', 'з', 'із', 'зі', 'ад', 'від']);
const monthEnd = (y: number, m: number): number => dayNumber(y, m + 1, 1) - 1;
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'by', 'early', 'late', 'mid', 'of', 'until', 'в', 'у', 'ў', 'с', 'з', 'до', 'да', 'середине', 'начале', 'конце', 'пачатку', 'канцы', 'сярэдзіне', 'середині', 'початку', 'кінці', 'during', 'throughout', 'this', 'that', 'from', 'through',
  // "в первую неделю октября", "у першы тыдзень кастрычніка", "у другій половині жовтня": a part of the month, read as the month
  'неделю', 'неделе', 'недели', 'тыдзень', 'тыдні', 'тыдня', 'тиждень', 'тижні', 'тижня', 'половине', 'палове', 'палавіне', 'половині', 'декаде', 'декаду', 'дэкадзе', 'декаді']);

/** Words of the future: a month without a day or year next to them lies ahead of the publication date. */
const FUTURE = /^(will|shall|scheduled|upcoming|forthcoming|будет|будут|состоится|пройдет|пройдут|будзе|будуць|адбудзецца|пройдзе|буде|будуть|відбудеться|пройде)$/;
/** Words that open another clause: a future beyond them is someone's statement, not the month's ("in August he said it will"). */
const CLAUSE_OPEN = /^(that|which|who|when|while|and|but|said|says|say|told|announced|что|который|когда|и|но|сказал|заявил|што|які|калі|і|але|сказаў|заявіў|що|який|коли|та|але|сказав|заявив)$/;
/** How many words from the month a word of the future may stand. */
const FUTURE_REACH = 5;

/** A word of the future stands in the clause of tokens [i, j), within reach ("in September will take place"). */
function futureNear(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - FUTURE_REACH); k--) {
    if (/[,;:()]/.test(text.slice(tokens[k]!.e, tokens[k + 1]!.s)) || CLAUSE_OPEN.test(tokens[k]!.n)) break;
    if (FUTURE.test(tokens[k]!.n)) return true;
  }
  for (let k = j; k < Math.min(tokens.length, j + FUTURE_REACH); k++) {
    if (/[,;:()]/.test(text.slice(tokens[k - 1]!.e, tokens[k]!.s)) || CLAUSE_OPEN.test(tokens[k]!.n)) break;
    if (FUTURE.test(tokens[k]!.n)) return true;
  }
  return false;
}

/**
 * Reads the dates of a sentence: "18 August 2024", "August 18", "10–23 August", "in August 2024", "in 2025",
 * "last Saturday", "yesterday", "last month". Dates without a year take the publication year (the previous
 * one when that would put them more than a week after publication).
 */
export function parseDates(text: string, tokens: readonly Token[], hits: readonly Hit[], published: number | null): DateRange[] {
  const out: DateRange[] = [];
  // Most sentences name no date at all: leave before building anything.
  let any = false;
  for (const h of hits) {
    if (h.group === G.month || h.group === G.weekday || h.group === G.relDay || h.group === G.relPeriod) {
      any = true;
      break;
    }
  }
  if (!any) for (let k = 0; k < tokens.length && !any; k++) any = yearToken(tokens[k]);
  if (!any) return out;
  const pub = published ?? null;
  const pubDate = pub === null ? null : new Date(pub * DAY);
  const pubYear = pubDate?.getUTCFullYear() ?? null;
  const used = new Set<number>();
  for (const h of hits) {
    if (h.group === G.month) {
      const m = h.value!;
      let d1: number | null = null;
      let d2: number | null = null;
      let a = h.i;
      let b = h.j;
      // "10–23 August", "18 August"
      if (dayToken(tokens[h.i - 1])) {
        d1 = Number(tokens[h.i - 1]!.n);
        a = h.i - 1;
        if (dayToken(tokens[h.i - 2]) && /^\s*[-–—]\s*$|^\s*(and|to|through|и|і|да|до|та|по|па)\s*$/.test(text.slice(tokens[h.i - 2]!.e, tokens[h.i - 1]!.s))) {
          d2 = d1;
          d1 = Number(tokens[h.i - 2]!.n);
          a = h.i - 2;
        } else if (dayToken(tokens[h.i - 3]) && ['and', 'to', 'through', 'и', 'і', 'да', 'до', 'та', 'по', 'па'].includes(tokens[h.i - 2]!.n)) {
          d2 = d1;
          d1 = Number(tokens[h.i - 3]!.n);
          a = h.i - 3;
        }
      } else if (dayToken(tokens[h.j])) {
        // "August 18", "August 10-23"
        d1 = Number(tokens[h.j]!.n);
        b = h.j + 1;
        if (dayToken(tokens[h.j + 1]) && /^\s*[-–—]\s*$/.test(text.slice(tokens[h.j]!.e, tokens[h.j + 1]!.s))) {
          d2 = Number(tokens[h.j + 1]!.n);
          b = h.j + 2;
        }
      }
      let year: number | null = null;
      if (yearToken(tokens[b])) {
        year = Number(tokens[b]!.n);
        used.add(b);
        b++;
      }
      const prep = h.i > 0 && MONTH_PREPOSITIONS.has(tokens[a - 1]?.n ?? '');
      if (d1 === null && year === null && (!prep || tokens[h.i]!.n === 'may' || tokens[h.i]!.n === 'мае')) continue;
      const relative = year === null;
      if (year === null) {
        if (pubYear === null) continue;
        year = pubYear;
        const probe = dayNumber(year, m, d1 ?? 1);
        // "will take place in September", "scheduled for March": a month of the future is the next one to come
        if (d1 === null && futureNear(text, tokens, h.i, h.j)) {
          if (pub !== null && monthEnd(year, m) < pub) year++;
        } else if (pub !== null && probe > pub + 7) year--;
      }
      let from = d1 === null ? dayNumber(year, m, 1) : dayNumber(year, m, d1);
      let to = d1 === null ? monthEnd(year, m) : dayNumber(year, m, d2 ?? d1);
      if (d1 === null) {
        // "mid-September", "early August", "в конце августа"
        const part = PART_OF_MONTH[tokens[h.i - 1]?.n ?? ''];
        if (part) {
          [from, to] = [from + part[0], Math.min(to, from + part[1])];
          a = h.i - 1;
        }
      }
      out.push({ from, to, text: span(text, tokens, a, b), relative });
    } else if (h.group === G.weekday && pub !== null && pubDate) {
      const dow = ((pubDate.getUTCDay() + 6) % 7) + 1;
      const back = (dow - h.value! + 7) % 7;
      const day = pub - back;
      out.push({ from: day, to: day, text: span(text, tokens, h.i, h.j), relative: true });
    } else if (h.group === G.relDay && pub !== null) {
      const [, a, b] = RELATIVE_DAY_PHRASES[h.value!]!;
      out.push({ from: pub + a, to: pub + b, text: span(text, tokens, h.i, h.j), relative: true });
    } else if (h.group === G.relPeriod && pubDate) {
      const [, unit, off] = RELATIVE_PERIOD_PHRASES[h.value!]!;
      const y = pubDate.getUTCFullYear();
      if (unit === 'year') out.push({ from: dayNumber(y + off, 1, 1), to: dayNumber(y + off, 12, 31), text: span(text, tokens, h.i, h.j), relative: true });
      else {
        const m = pubDate.getUTCMonth() + 1 + off;
        const first = dayNumber(y, m, 1);
        out.push({ from: first, to: dayNumber(y, m + 1, 1) - 1, text: span(text, tokens, h.i, h.j), relative: true });
      }
    }
  }
  // Bare years: "in 2025", "since 2022", "1944".
  for (let k = 0; k < tokens.length; k++) {
    if (!yearToken(tokens[k]) || used.has(k)) continue;
    if (out.some((r) => r.text.includes(tokens[k]!.n))) continue;
    const next = tokens[k + 1];
    const gap = next ? text.slice(tokens[k]!.e, next.s) : '';
    if (next && /^[,. \u00a0]$/.test(gap) && next.d && next.n.length === 3) continue; // 2,024 troops is a number
    const y = Number(tokens[k]!.n);
    // "since 2022" reaches up to the publication date
    const since = SINCE.has(tokens[k - 1]?.n ?? '');
    const to = since ? Math.max(dayNumber(y, 12, 31), pub ?? dayNumber(y + 10, 12, 31)) : dayNumber(y, 12, 31);
    out.push({ from: dayNumber(y, 1, 1), to, text: since ? text.slice(tokens[k - 1]!.s, tokens[k]!.e) : tokens[k]!.n, relative: false });
  }
  return out;
}
