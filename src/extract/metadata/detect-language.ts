/**
 * A primary language tag from the letters of the text: the script first, then for Cyrillic the letters
 * that only Belarusian (ў), Ukrainian (ї є ґ) or Russian (ы э ъ with и) use, and for Latin script the
 * commonest function words. Null when the sample is too small to say.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const counts = { cyr: 0, lat: 0, other: new Map<string, number>() };
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c < 0x41) continue;
    if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyr++;
    else if (/\p{Script=Latin}/u.test(ch)) counts.lat++;
    else {
      const script = scriptOf(ch);
      if (script) counts.other.set(script, (counts.other.get(script) ?? 0) + 1);
    }
  }
  let topOther: string | null = null;
  let topOtherCount = 0;
  for (const [k, v] of counts.other)
    if (v > topOtherCount) {
      topOther = k;
      topOtherCount = v;
    }
  const letters = counts.cyr + counts.lat + topOtherCount;
  if (letters < 20) return null;
  if (topOther && topOtherCount > counts.cyr && topOtherCount > counts.lat) {
    if (topOther === 'han' && (counts.other.get('kana') ?? 0) > 0) return 'ja';
    return SCRIPT_LANG[topOther] ?? null;
  }
  if (counts.cyr >= counts.lat) return cyrillicLanguage(sample.toLowerCase());
  return latinLanguage(sample.toLowerCase());
}

const SCRIPT_LANG: Record<string, string> = {
  greek: 'el', arabic: 'ar', hebrew: 'he', han: 'zh', kana: 'ja', hangul: 'ko', thai: 'th',
  georgian: 'ka', armenian: 'hy', devanagari: 'hi',
};

function scriptOf(ch: string): string | null {
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
  if (/\p{Script=Han}/u.test(ch)) return 'han';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return 'kana';
  if (/\p{Script=Hangul}/u.test(ch)) return 'hangul';
  if (/\p{Script=Thai}/u.test(ch)) return 'thai';
  if (/\p{Script=Georgian}/u.test(ch)) return 'georgian';
  if (/\p{Script=Armenian}/u.test(ch)) return 'armenian';
  if (/\p{Script=Devanagari}/u.test(ch)) return 'devanagari';
  return null;
}

function count(s: string, letters: string): number {
  let n = 0;
  for (const ch of s) if (letters.includes(ch)) n++;
  return n;
}

function cyrillicLanguage(s: string): string {
  const total = Math.max(1, count(s, 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў'));
  const be = count(s, 'ў');
  const uk = count(s, 'їєґ');
  const i = count(s, 'і');
  const ru = count(s, 'ыэъё');
  const iRu = count(s, 'и');
  // Belarusian has no и/щ/ъ; Ukrainian no ы/э/ъ/ё; Russian no і/ї/є/ў.
  if (be > 0.002 * total && iRu < 0.01 * total) return 'be';
  if ((uk + i) > 0.01 * total && ru < 0.005 * total) return 'uk';
  if (i > 0.01 * total && iRu < 0.01 * total) return 'be';
  return 'ru';
}

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'den', 'auf', 'ein', 'eine'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'du', 'qui'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'con', 'para', 'es'],
  pt: ['o', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'não'],
  it: ['il', 'di', 'che', 'e', 'la', 'della', 'per', 'non', 'una', 'sono', 'gli', 'del'],
  pl: ['i', 'w', 'się', 'na', 'nie', 'z', 'że', 'do', 'to', 'jest', 'jak', 'przez'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'zijn', 'op'],
};

function latinLanguage(s: string): string | null {
  const words = s.match(/\p{L}+/gu) ?? [];
  const freq = new Map<string, number>();
  for (const w of words.slice(0, 3000)) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    let score = 0;
    for (const w of list) score += freq.get(w) ?? 0;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : null;
}
