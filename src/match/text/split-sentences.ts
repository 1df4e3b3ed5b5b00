/** A sentence of the article, verbatim, with its offset in the text. */
export interface SentenceSpan {
  text: string;
  start: number;
}

// Words that abbreviate only before a number: "No. 5", "Nos. 3-4" (but "he said no. Then ..." ends there).
export const BEFORE_NUMBER = new Set(['no', 'nos']);

// Words after which a full stop does not end a sentence (titles, initials-like abbreviations, Cyrillic "г." etc.).
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'vs', 'etc', 'approx', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'u.s', 'e.g', 'i.e', 'fig', 'p',
  'г', 'гг', 'ген', 'им', 'т', 'тыс', 'тис', 'млн', 'млрд', 'см', 'ст', 'пр', 'напр', 'т.е', 'т.д', 'т.п', 'с', 'п',
  'ул', 'вул', 'чел', 'осіб', 'км', 'тэл', 'тел',
]);

const BOUNDARY = /([.!?…]+)(["»”’)\]]*)(\s+)(?=["«“„(\[]?[\p{Lu}\p{N}\-–—])/gu;

/** Splits text into sentences: paragraph breaks, then terminal punctuation followed by a capital or digit. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const paraRe = /[^\n]+/g;
  let p: RegExpExecArray | null;
  while ((p = paraRe.exec(text)) !== null) {
    const para = p[0];
    const base = p.index;
    let from = 0;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(para)) !== null) {
      const end = m.index + m[1]!.length + m[2]!.length;
      if (m[1] === '.' && isAbbreviation(para, m.index)) continue;
      push(out, para, base, from, end);
      from = end + m[3]!.length;
    }
    push(out, para, base, from, para.length);
  }
  return out;
}

function isAbbreviation(para: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(para[i - 1]!)) i--;
  const word = para.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter before the dot is an initial ("V. Khrenin").
  if (word.length === 1 && /\p{Lu}/u.test(para[i]!)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\.\s*\p{N}/u.test(para.slice(dot, dot + 6));
  return ABBREVIATIONS.has(word);
}

function push(out: SentenceSpan[], para: string, base: number, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(para[a]!)) a++;
  while (b > a && /\s/.test(para[b - 1]!)) b--;
  if (b > a) out.push({ text: para.slice(a, b), start: base + a });
}
