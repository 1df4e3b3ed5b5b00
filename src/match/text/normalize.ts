/**
 * Folds a word for lookup: lower case, ё→е, one apostrophe form. Claims, gazetteer and article words all
 * pass through here, so spelling variants of the same word meet in one key.
 */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('ё')) w = w.replaceAll('ё', 'е');
  if (w.includes('’') || w.includes('ʼ') || w.includes('`')) w = w.replace(/[’ʼ`]/g, "'");
  // English possessive: "Belarus's" and "Belarus" are one name
  if (w.endsWith("'s") && w.charCodeAt(0) < 0x250) w = w.slice(0, -2);
  return w;
}
