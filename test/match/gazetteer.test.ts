import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteerFile } from '../../src/config/claims-file.ts';
import { analyzeArticle, type GazetteerRules } from '../../src/match/analyze-article.ts';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';

const entries = loadGazetteerFile(fileURLToPath(new URL('../../config/gazetteer.yaml', import.meta.url)));
const index = new PhraseIndex();
addBuiltinPhrases(index);
const rules: GazetteerRules = { requires: new Map() };
for (const e of entries) {
  for (const n of e.names) index.add(e.key, e.kind, n);
  for (const x of e.except) index.add(e.key, 'except', x);
  if (e.requires.length) rules.requires.set(e.key, e.requires);
}
const keysOf = (text: string) => analyzeArticle(null, text, null, index, rules).keys;

describe('gazetteer matching', () => {
  it.each([
    ['gomel', ['Gomel', 'Homiel', 'Homel', 'Гомель', 'в Гомельской области', 'на гомельском направлении', 'у Гомельскай вобласці', 'Гомелі', 'Гомельщина']],
    ['mazyr', ['Mazyr', 'Mozyr', 'Мозырь', 'под Мозырем', 'Мазыр', 'мазырскі кірунак', 'Мозир', 'мозирському напрямку']],
    ['lukashenko', ['Lukashenko', 'Lukashenka', 'Лукашенко', 'Лукашэнкі', 'Лукашенка']],
    ['khrenin', ['Khrenin', 'Хренин', 'Хрэнін', 'Хренина', 'Хреніна']],
    ['belarus', ['Belarus', "Belarus's", 'Belarusian', 'Беларуси', 'белорусских', 'Беларусі', 'беларускіх', 'Білорусі', 'білоруських']],
    ['troops', ['troops', 'soldiers', 'войска', 'военнослужащих', 'вайскоўцаў', 'військових', 'подразделения']],
    ['border', ['border', 'границе', 'приграничных', 'мяжы', 'памежжы', 'кордону', 'прикордонних']],
    ['deployment', ['deployed', 'redeployment', 'перебросила', 'выдвинуты', 'перакінулі', 'перекинула', 'передислокація']],
  ])('finds %s in all its spellings and inflections', (key, forms) => {
    for (const f of forms) expect(keysOf(`${f}.`).has(key), f).toBe(true);
  });

  it('ignores false friends', () => {
    expect(keysOf('The Minsk agreements of 2015 failed.').has('minsk')).toBe(false);
    expect(keysOf('Минские соглашения так и не выполнили.').has('minsk')).toBe(false);
    expect(keysOf('Troops were sent to Minsk.').has('minsk')).toBe(true);
    // Brest counts only in an article that names Belarus
    expect(keysOf('The port of Brest hosted a sailing festival.').has('brest')).toBe(false);
    expect(keysOf('Belarus sent troops toward Brest.').has('brest')).toBe(true);
    // bare Muzyka is "music"; the analyst needs his first name or his firm
    expect(keysOf('Muzyka played all night.').has('muzyka')).toBe(false);
    expect(keysOf('Konrad Muzyka of Rochan Consulting wrote a thread.').has('muzyka')).toBe(true);
    expect(keysOf('Аналитик Конрад Музыка считает иначе.').has('music')).toBe(false);
    // anti-tank ditches are no tanks; Могилів is a Ukrainian town, not Mogilev
    expect(keysOf('Anti-tank ditches were dug.').has('tanks')).toBe(false);
    expect(keysOf('Могилів-Подільський на Вінниччині.').has('mogilev')).toBe(false);
  });
});
