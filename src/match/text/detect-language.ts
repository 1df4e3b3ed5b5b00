/** Languages the engine reads; anything else is reported as null. */
export type Lang = 'en' | 'ru' | 'be' | 'uk';

// Frequent function words that tell the three Cyrillic languages apart where letters alone are unsure.
const WORDS: Record<'ru' | 'be' | 'uk', string[]> = {
  ru: ['что', 'это', 'как', 'его', 'она', 'они', 'был', 'было', 'были', 'также', 'который', 'после', 'если', 'или', 'при', 'из', 'и', 'не', 'на'],
  be: ['што', 'гэта', 'як', 'яго', 'яна', 'яны', 'быў', 'было', 'былі', 'таксама', 'які', 'пасля', 'калі', 'ці', 'пры', 'з', 'і', 'не', 'на', 'ад', 'да'],
  uk: ['що', 'це', 'як', 'його', 'вона', 'вони', 'був', 'було', 'були', 'також', 'який', 'після', 'якщо', 'чи', 'при', 'з', 'і', 'та', 'не', 'на', 'від', 'до'],
};
const WORD_SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)])) as Record<'ru' | 'be' | 'uk', Set<string>>;

/**
 * Detects en/ru/be/uk by script, then by letters only one Cyrillic language uses (ў: be; ї, є, ґ: uk;
 * ъ: ru; и: ru/uk but not be; ы, э: ru/be but not uk) and frequent words. Returns null for other text.
 */
export function detectLanguage(text: string): Lang | null {
  // the first 1000 characters, read in place (a sliced copy costs an indirection per character)
  const end = Math.min(text.length, 1000);
  let latin = 0;
  let cyr = 0;
  // counts of ў і ї є ґ ъ и ы э (upper and lower case)
  const c = COUNTS.fill(0);
  for (let i = 0; i < end; i++) {
    // Latin letters outnumber the Cyrillic ones whatever the rest of the sample holds: English, decided.
    if ((i & 63) === 0 && latin >= 3 && latin >= cyr + (end - i)) return 'en';
    const ch = text.charCodeAt(i) | 0;
    if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) latin++;
    else if (ch >= 0x400 && ch <= 0x4ff) {
      cyr++;
      const k = LETTER_INDEX[ch - 0x400]!;
      if (k >= 0) c[k]!++;
    }
  }
  if (latin + cyr < 3) return null;
  if (latin >= cyr) return 'en';
  const [u, i, yi, ye, g, hard, ii, y, e] = c as unknown as [number, number, number, number, number, number, number, number, number];
  const score = {
    be: 4 * u + i + y + e - 2 * ii - 3 * yi - 3 * ye,
    uk: 4 * (yi + ye + g) + i + ii - 2 * (y + e + hard),
    ru: 3 * hard + ii + y + e - 3 * i - 3 * u - 3 * yi - 3 * ye,
  };
  // The words of the sample: runs of letters and apostrophes (as /[\p{L}']+/u), read without a regex.
  const lower = (text.length > 1000 ? text.slice(0, 1000) : text).toLowerCase();
  let start = -1;
  for (let k = 0; k <= lower.length; k++) {
    // (lower-case Latin and Cyrillic letters and the apostrophe inline; the rest through wordCharLength)
    const ch = k < lower.length ? lower.charCodeAt(k) : 32;
    const step = (ch >= 0x430 && ch <= 0x45f) || (ch >= 97 && ch <= 122) || ch === 39 ? 1 : ch < 128 ? 0 : wordCharLength(lower, k);
    if (step > 0) {
      if (start < 0) start = k;
      k += step - 1;
      continue;
    }
    if (start >= 0 && k - start <= MAX_WORD) {
      const langs = WORD_LANGS.get(lower.slice(start, k));
      if (langs !== undefined) for (const lang of langs) score[lang] += 0.5;
    }
    start = -1;
  }
  let best: 'ru' | 'be' | 'uk' = 'ru';
  for (const lang of ['be', 'uk'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}

/** Each frequent word -> the languages whose list holds it (one lookup per word). */
const WORD_LANGS = new Map<string, ('ru' | 'be' | 'uk')[]>();
for (const lang of ['ru', 'be', 'uk'] as const) for (const w of WORD_SETS[lang]) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
const MAX_WORD = Math.max(...Object.values(WORDS).flat().map((w) => w.length));
const COUNTS = [0, 0, 0, 0, 0, 0, 0, 0, 0];
const WORD_CHAR = /^[\p{L}']/u;

/** Length (1 or 2 code units) of the letter or apostrophe at k, or 0 when there is none. */
function wordCharLength(text: string, k: number): number {
  const ch = text.charCodeAt(k);
  if (ch === 39 || (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) return 1;
  if (ch >= 0x400 && ch <= 0x481) return 1;
  if (ch < 128) return 0;
  const cp = text.codePointAt(k)!;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(k, k + len)) ? len : 0;
}

/** Index into the counts of each Cyrillic letter counted, -1 for the others (U+0400..U+04FF). */
const LETTER_INDEX = new Int8Array(0x100).fill(-1);
[...'ўіїєґъиыэ'].forEach((ch, k) => {
  LETTER_INDEX[ch.charCodeAt(0) - 0x400] = k;
  LETTER_INDEX[ch.toUpperCase().charCodeAt(0) - 0x400] = k;
});
