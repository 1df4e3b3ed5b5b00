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
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  let latin = 0;
  let cyr = 0;
  // counts of ў і ї є ґ ъ и ы э (upper and lower case)
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) {
    const ch = sample.charCodeAt(i) | 0;
    if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) latin++;
    else if (ch >= 0x400 && ch <= 0x4ff) {
      cyr++;
      const k = LETTER_INDEX.get(ch);
      if (k !== undefined) c[k]!++;
    }
  }
  if (latin + cyr < 3) return null;
  if (latin >= cyr) return 'en';
  const [u, i, yi, ye, g, hard, ii, y, e] = c as [number, number, number, number, number, number, number, number, number];
  const score = {
    be: 4 * u + i + y + e - 2 * ii - 3 * yi - 3 * ye,
    uk: 4 * (yi + ye + g) + i + ii - 2 * (y + e + hard),
    ru: 3 * hard + ii + y + e - 3 * i - 3 * u - 3 * yi - 3 * ye,
  };
  for (const w of sample.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    for (const lang of ['ru', 'be', 'uk'] as const) if (WORD_SETS[lang].has(w)) score[lang] += 0.5;
  }
  let best: 'ru' | 'be' | 'uk' = 'ru';
  for (const lang of ['be', 'uk'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}

const LETTER_INDEX = new Map<number, number>();
[...'ўіїєґъиыэ'].forEach((ch, k) => {
  LETTER_INDEX.set(ch.charCodeAt(0), k);
  LETTER_INDEX.set(ch.toUpperCase().charCodeAt(0), k);
});
