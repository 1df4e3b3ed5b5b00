import { detectLanguage } from './detect-language.ts';

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);
const EAST_SLAVIC = new Set(['ru', 'uk', 'be']);
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The page's language: `<html lang>` (or its meta equivalents) when the text agrees, detection when the
 * page declares nothing or declares the wrong thing. Templates often say `lang="en"` over Russian text, or
 * `ru` over the Belarusian edition; the letters settle it (ў, ї/є/ґ, ы/э are unambiguous).
 */
export function resolveLanguage(declared: string | null, text: string): string | null {
  if (!declared) return detectLanguage(text);
  const hasCyrillic = CYRILLIC.test(text.slice(0, 4000));
  if (!hasCyrillic && !CYRILLIC_LANGS.has(declared)) return declared;
  const detected = detectLanguage(text);
  if (!detected || detected === declared) return declared;
  const scriptsDiffer = CYRILLIC_LANGS.has(declared) !== CYRILLIC_LANGS.has(detected);
  if (scriptsDiffer || (EAST_SLAVIC.has(declared) && EAST_SLAVIC.has(detected))) return detected;
  return declared;
}
