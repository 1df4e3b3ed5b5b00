/**
 * A primary language tag from the letters of the text: the script first, then for Cyrillic the letters
 * that only Belarusian (ў), Ukrainian (ї є ґ) or Russian (ы э ъ with и) use, and for Latin script the
 * commonest function words. Null when the sample is too small to say.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const scripts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const script = scriptOf(sample.charCodeAt(i));
    if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  let top: string | null = null;
  let topCount = 0;
  let letters = 0;
  for (const [k, v] of scripts) {
    letters += v;
    if (v > topCount) {
      top = k;
      topCount = v;
    }
  }
  if (!top || letters < 20) return null;
  if (top === 'han' && (scripts.get('kana') ?? 0) > 0) return 'ja';
  if (top === 'cyrillic') return cyrillicLanguage(sample.toLowerCase());
  if (top === 'latin') return latinLanguage(sample.toLowerCase());
  return SCRIPT_LANG[top] ?? null;
}

const SAMPLE_CHARS = 8000;

const SCRIPT_LANG: Record<string, string> = {
  greek: 'el', arabic: 'ar', hebrew: 'he', han: 'zh', kana: 'ja', hangul: 'ko', thai: 'th',
  georgian: 'ka', armenian: 'hy', devanagari: 'hi',
};

/** Unicode blocks of the scripts told apart here (BMP code units; astral characters are ignored). */
const RANGES: Array<[number, number, string]> = [
  [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0x24f, 'latin'], [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'greek'], [0x400, 0x52f, 'cyrillic'], [0x530, 0x58f, 'armenian'], [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'], [0x900, 0x97f, 'devanagari'], [0xe00, 0xe7f, 'thai'], [0x10a0, 0x10ff, 'georgian'],
  [0x3040, 0x30ff, 'kana'], [0x4e00, 0x9fff, 'han'], [0xac00, 0xd7af, 'hangul'],
];

function scriptOf(c: number): string | null {
  if (c < 0x41 || (c > 0x7a && c < 0xc0) || c === 0xd7 || c === 0xf7) return null;
  for (const [lo, hi, name] of RANGES) if (c >= lo && c <= hi) return name;
  return null;
}

function count(s: string, letters: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (letters.includes(s[i]!)) n++;
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
  if (uk + i > 0.01 * total && ru < 0.005 * total) return 'uk';
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
