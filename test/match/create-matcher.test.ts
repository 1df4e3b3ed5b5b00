import { describe, expect, it } from 'vitest';
import type { ClaimsConfig } from '../../src/config/claims-file.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { check, seeded } from './seeded-matcher.ts';

describe('createMatcher', () => {
  it('returns one verdict per claim, in file order, with evidence taken verbatim from the article', () => {
    const text = 'Satellite images show only about 1,100 Belarusian troops near the border with Ukraine. Lukashenko had spoken of a third of the army.';
    const v = check(text, { title: 'How many troops?' });
    expect(v.claims.map((c) => c.claimId)).toEqual(seeded.claims.map((c) => c.id));
    expect(v.lang).toBe('en');
    for (const c of v.claims) for (const e of c.evidence) expect(text.includes(e) || e === 'How many troops?').toBe(true);
  });

  it('works with a claims config built in code: one plain claim, no topic, no gazetteer, no date', () => {
    const config: ClaimsConfig = { file: 'fnc', topic: null, gazetteer: [], claims: [{ id: 'h', statement: 'ISIS militants beheaded an American journalist' }] };
    const m = createMatcher(config);
    const input = (text: string) => m.match({ url: 'fnc1:body/1', title: null, text, publishedAt: null, lang: 'en' });
    const related = input('Militants from ISIS released a video that shows the beheading of an American journalist, officials said.');
    expect(related.claims[0]!.stance).not.toBe('unrelated');
    expect(related.relevance.relevant).toBe(true);
    const other = input('The city council approved a new budget for road repairs on Tuesday.');
    expect(other.claims[0]!.stance).toBe('unrelated');
    expect(other.relevance.relevant).toBe(false);
  });

  it('is pure: the same article gives the same verdict twice', () => {
    const text = 'Belarus moved some 15,000 troops to the border with Ukraine between 10 and 23 August, Kyiv said.';
    expect(check(text)).toEqual(check(text));
  });

  it('new facts: a figure, a place and a date that no claim carries', () => {
    const v = check('In mid-September about 2,300 Belarusian troops were stationed near Brest, 60 km from the border with Ukraine, monitors said.', { publishedAt: '2024-09-20' });
    const kinds = v.newFacts.map((f) => `${f.kind}:${f.value}`);
    expect(kinds).toEqual(expect.arrayContaining(['count:about 2,300 Belarusian troops', 'place:Brest', 'date:mid-September']));
    for (const f of v.newFacts) expect(f.sentence).toContain(f.value.replace(/^mid-/, ''));
  });
});
