import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { SentenceReader } from '../../src/match/text/read-sentences.ts';
import { splitSentences } from '../../src/match/text/split-sentences.ts';
import { normalizeWord } from '../../src/match/text/normalize.ts';
import { FOLD, tokenizeRange, wordHash } from '../../src/match/text/tokenize.ts';
import { generateArticle, kindFor } from '../support/generated-news.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** What the engine read before the fused reader: splitSentences, then tokenizeRange per sentence, paragraphs by line breaks. */
function reference(text: string) {
  let paragraph = 0;
  let lastEnd = 0;
  return splitSentences(text).map((s) => {
    if (text.slice(lastEnd, s.start).includes('\n')) paragraph++;
    lastEnd = s.start + s.text.length;
    return { start: s.start, text: s.text, paragraph, tokens: tokenizeRange(text, s.start, lastEnd, null) };
  });
}

function read(reader: SentenceReader, text: string) {
  const out = [];
  reader.begin(text);
  while (reader.next()) {
    const tokens = reader.tokens;
    tokens.forEach((t, k) => {
      expect(reader.hashes.h[k]).toBe(wordHash(t.n));
      const e = reader.hashes.e[k]!;
      if (e !== 0) expect(reader.words.word(e)).toBe(t.n);
    });
    out.push({ start: reader.start, text: text.slice(reader.start, reader.end), paragraph: reader.paragraph, tokens });
  }
  return out;
}

const EDGES = [
  '',
  '   ',
  '\n\n',
  'One.',
  'Gen. Khrenin said on Aug. 10 that 1.100 troops moved. V. Tumar agreed with the U.S. envoy.',
  'В т.ч. подразделения из г. Минск. Это подтвердили.',
  'Хренин заявил: «Войска выдвинуты». Минобороны подтвердило.',
  'Troops moved. 1,100 of them stayed! "Is it true?" asked a reporter. Yes.',
  'First paragraph\n\nSecond one. Third.\r\nFourth!!! "Fifth?" (Sixth.) — seventh… Eighth',
  'Lead. Belarus’s ВОЙСКА moved 1,100 troops — 30% of Ёлкин\'s men, Ελληνικά İstanbul.\nNext. ΟΔΟΣ ΣΑ. Ok.',
  'a.b..  X ."." Y ... Z?! «W» end.’s Next. it’ s. Ї є ў Ґ ґ. Ѐ ЀЁЖ ёлка ЁЛКА. Straße ǅemal ÀÉ. 𝐀lpha. 2024.',
  '  \u00a0Leading spaces.\u2003Em space. Tab.\tNext.\n \n  Para two .  Lower. Upper.\u2028Line sep.',
  'Mr. Smith met Dr. Who at St. Paul. No. 5 was there. It rained.\n.\n. X\n!Y. Z',
  'Він сказав: "П\'ять тисяч". Вонаʼ Далі. Ʉ ɐ. Ӏ ӏ Ӂ. Ԁ ԁ. x%y 50%. 12abc34.',
  // abbreviations, initials and what may open the next sentence, on and off the fast paths
  'He came approx. Five left. Then approximately. Six more. Ms. Lee met U.S. envoys. A. B. c. Ї. ї. Ґ. ґ. Ѐ. ѐ. Ⅻ. ① x. Ǆ. ǅ. ǆ. Ω. ω.',
  'Він заявив напр. Так. Тис. Двоє. См. Далі. т.е. Дальше. Straße. Éclair. Ÿ. «Цитата». „Zitat“. (Bracket). [Square]. -Dash. –En. —Em.',
  'Numbers: 5. 6. 7! 8? 9… 10. 11. 12. Thirteen. End.　Start. X.﻿Y.',
];

describe('SentenceReader', () => {
  const index = new PhraseIndex();
  const reader = new SentenceReader(index);

  it('reads the sentences, paragraphs and tokens that splitSentences and tokenizeRange give', () => {
    const texts = [...EDGES];
    for (let n = 0; n < 40; n++) texts.push(generateArticle(n + 1, kindFor(n)).paragraphs.join(n % 3 ? '\n\n' : '\n'));
    const extract = resolve(here, '../fixtures/extract');
    for (const f of readdirSync(extract)) if (f.endsWith('.expected.txt')) texts.push(readFileSync(resolve(extract, f), 'utf8'));
    for (const text of texts) expect(read(reader, text)).toEqual(reference(text));
  });

  it('folds a word one character at a time as normalizeWord folds it whole', () => {
    const letters: number[] = [];
    // (a word-initial ў is folded to у by normalizeWord; the reader sends such words the slow way: tested below)
    const initialU = (c: number) => c === 0x45e || c === 0x40e;
    for (let c = 0; c < FOLD.length; c++) if (FOLD[c]! >= 97 && !initialU(c)) letters.push(c);
    for (const c of letters) expect(normalizeWord(String.fromCharCode(c))).toBe(String.fromCharCode(FOLD[c]!));
    // words of such letters, several at once (case rules that look at neighbours would show here)
    for (let n = 0; n < letters.length; n += 3) {
      const word = String.fromCharCode(letters[n]!, letters[(n * 7 + 1) % letters.length]!, letters[(n * 13 + 2) % letters.length]!);
      expect(normalizeWord(word)).toBe([...word].map((ch) => String.fromCharCode(FOLD[ch.charCodeAt(0)]!)).join(''));
    }
  });

  it('reads a word-initial Belarusian ў as у, and an inner one as it is', () => {
    const reader = new SentenceReader(new PhraseIndex());
    const words = read(reader, 'Для Ўкраіны пагрозы не ўяўляе.')[0]!.tokens.map((t) => t.n);
    expect(words).toEqual(['для', 'украіны', 'пагрозы', 'не', 'уяўляе']);
  });

  it('reads a title whole, with no splitting', () => {
    const t = 'Belarus moved troops. Kyiv\nwarned Minsk!';
    expect(reader.readWhole(t, 0, t.length)).toEqual(tokenizeRange(t, 0, t.length, null));
  });
});
