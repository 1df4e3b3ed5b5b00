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
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  let latin = 0;
  let cyr = 0;
  const c: Record<string, number> = {};
  for (const ch of sample.toLowerCase()) {
    if (ch >= 'a' && ch <= 'z') latin++;
    else if (ch >= 'а' && ch <= 'ѿ') {
      cyr++;
      if ('ўіїєґъиыэ'.includes(ch)) c[ch] = (c[ch] ?? 0) + 1;
    }
  }
  if (latin + cyr < 3) return null;
  if (latin >= cyr) return 'en';
  const n = (k: string) => c[k] ?? 0;
  const score = { ru: 0, be: 0, uk: 0 };
  score.be += 4 * n('ў') + n('і') + n('ы') + n('э') - 2 * n('и') - 3 * n('ї') - 3 * n('є');
  score.uk += 4 * (n('ї') + n('є') + n('ґ')) + n('і') + n('и') - 2 * (n('ы') + n('э') + n('ъ'));
  score.ru += 3 * n('ъ') + n('и') + n('ы') + n('э') - 3 * n('і') - 3 * n('ў') - 3 * n('ї') - 3 * n('є');
  for (const w of sample.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    for (const lang of ['ru', 'be', 'uk'] as const) if (WORD_SETS[lang].has(w)) score[lang] += 0.5;
  }
  let best: 'ru' | 'be' | 'uk' = 'ru';
  for (const lang of ['be', 'uk'] as const) if (score[lang] > score[best]) best = lang;
  return best;
}
