/**
 * Folds a word for lookup: lower case, ё→е, one apostrophe form, a Belarusian word-initial ў→у. Claims,
 * gazetteer and article words all pass through here, so spelling variants of the same word meet in one key.
 */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  // Belarusian writes у as ў after a vowel ("для Ўкраіны", "спробы ўварвання"): one word either way
  if (w.charCodeAt(0) === 0x45e) w = `у${w.slice(1)}`;
  if (!SPECIAL.test(w)) return w;
  w = w.replaceAll('ё', 'е').replace(/[’ʼ`]/g, "'");
  // English possessive: "Belarus's" and "Belarus" are one name
  if (w.endsWith("'s") && w.charCodeAt(0) < 0x250) w = w.slice(0, -2);
  return w;
}

const SPECIAL = /[ё’ʼ`']/;
