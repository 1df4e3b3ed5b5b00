export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

// Case and number endings of ru/uk/be nouns and adjectives, longest first; the stem keeps >= 4 letters.
const CYRILLIC_ENDINGS = [
  'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ій', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые',
  'ие', 'их', 'ых', 'ах', 'ях', 'ов', 'ев', 'ей', 'ам', 'ям', 'ом', 'ем', 'ую', 'юю', 'ою', 'ею', 'і', 'ї', 'а',
  'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

function stemCyrillic(w: string): string {
  for (const e of CYRILLIC_ENDINGS) if (w.endsWith(e) && w.length - e.length >= 4) return w.slice(0, -e.length);
  return w;
}

// A light suffix stripper, not Porter: enough to meet "deploys"/"deployed"/"deploying" and Russian case
// endings, cheap enough for thousands of articles a second.
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (CYRILLIC.test(w)) return stemCyrillic(w);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  return w;
}

/** Sentences by terminal punctuation or line breaks; good enough for overlap features. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=["“«(\p{Lu}\p{N}])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Numbers written with digits, separators removed ("1,100" and "1 100" both give "1100"). */
export function numbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,.\u00a0 ]*\d|\d/g)) {
    const n = m[0].replace(/[,\u00a0 ]|\.(?=\d{3}\b)/g, '');
    out.add(n);
  }
  return out;
}
