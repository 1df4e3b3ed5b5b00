import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/match/text/detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Belarus has moved troops to the border with Ukraine, the defence ministry said on Saturday.'],
    ['ru', 'Беларусь перебросила войска к границе с Украиной, сообщило министерство обороны в субботу.'],
    ['be', 'Беларусь перакінула войскі да мяжы з Украінай, паведаміла міністэрства абароны ў суботу.'],
    ['uk', 'Білорусь перекинула війська до кордону з Україною, повідомило міністерство оборони в суботу.'],
    ['ru', 'Лукашенко заявил, что треть армии находится на южной границе.'],
    ['be', 'Лукашэнка заявіў, што трэць арміі знаходзіцца на паўднёвай мяжы.'],
    ['uk', 'Лукашенко заявив, що третина армії перебуває на південному кордоні.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null for text with no letters to go on', () => {
    expect(detectLanguage('12 345 — 67')).toBeNull();
  });

  it('reads only the first 1000 characters, and stops early only once English is certain', () => {
    const en = 'Troops moved to the border, the ministry said. '.repeat(30);
    expect(detectLanguage(en + 'Войска стоят у границы. '.repeat(200))).toBe('en');
    // Cyrillic in the last part of the sample still counts: here it outweighs the Latin start
    const mixed = 'Troops moved. '.repeat(10) + 'Войска перебросили к границе, сообщило министерство. '.repeat(40);
    expect(detectLanguage(mixed)).toBe('ru');
  });
});
