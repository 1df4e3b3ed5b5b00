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
});
