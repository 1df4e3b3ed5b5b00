import { normaliseDate } from './dates.ts';

/** Month names as datelines write them (English, and the genitive in Russian, Ukrainian, Belarusian). */
const MONTHS: Record<string, number> = {};
const NAMES = [
  'january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug',
  'september|sept|sep', 'october|oct', 'november|nov', 'december|dec',
];
const RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const UK = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'];
const BE = ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'];
NAMES.forEach((alts, i) => alts.split('|').forEach((n) => (MONTHS[n] = i + 1)));
for (const list of [RU, UK, BE]) list.forEach((n, i) => (MONTHS[n] = i + 1));
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH_ALT})\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
const NUMERIC = /(?<!\d)(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

function iso(y: number, m: number, d: number): string | null {
  return normaliseDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * A calendar date written out in a dateline (`20 августа 2024`, `August 22, 2024`, `22.08.2024`), as
 * `YYYY-MM-DD`. Slashed dates are read month-first only on English pages.
 */
export function dateFromText(text: string, lang: string | null): string | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const monthFirst = m[2] === '/' && lang === 'en' ? b <= 31 && a <= 12 : a > 12 ? false : b > 12;
    return monthFirst ? iso(Number(m[4]), a, b) : iso(Number(m[4]), b, a);
  }
  return null;
}
