import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsFile } from '../../src/config/claims-file.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';

const config = loadClaimsFile(fileURLToPath(new URL('../fixtures/claims/claims.yaml', import.meta.url)));
const matcher = createMatcher(config);
const match = (text: string, title: string | null = null) =>
  matcher.match({ url: 'https://ferry.example/a', title, text, publishedAt: '2025-03-05', lang: null });
const stance = (v: ReturnType<typeof match>, id: string) => v.claims.find((c) => c.claimId === id)!.stance;

describe('a claims file on another topic (ferry strike), no code change', () => {
  it('loads its own gazetteer and units', () => {
    expect(config.gazetteer.map((e) => e.key)).toContain('helsinki');
    expect(config.units?.passengers).toBeDefined();
    expect(matcher.claims.map((c) => c.id)).toEqual(['ferries-cancelled', 'passengers-stranded', 'plain-claim']);
  });

  it('supports and contradicts with its own facts and units', () => {
    const v = match('The seafarers’ strike cancelled every ferry between Helsinki and Tallinn on Monday. The port said some 30,000 passengers were stranded in Helsinki.', 'Ferry strike');
    expect(v.relevance.relevant).toBe(true);
    expect(stance(v, 'ferries-cancelled')).toBe('supports');
    const c = v.claims.find((x) => x.claimId === 'passengers-stranded')!;
    expect(c.stance).toBe('contradicts');
    expect(c.reason).toMatch(/count .*30,000 passengers vs claimed about 12,000 passengers/);
  });

  it('a negated cancellation contradicts', () => {
    const v = match('Despite the strike call, ferries between Helsinki and Tallinn were not cancelled and sailed on schedule.', 'Ferries sail');
    expect(stance(v, 'ferries-cancelled')).toBe('contradicts');
  });

  it('reads a plain claim through the words of its statement', () => {
    const v = match('Estonian dockers joined the strike in Tallinn on Tuesday in solidarity with the Finnish seafarers.', 'Dockers join');
    expect(stance(v, 'plain-claim')).toBe('supports');
  });

  it('a football story with "striker" and "port" is not relevant', () => {
    const v = match('The striker scored twice as Helsinki beat Tallinn in the league match near the port.', 'Football');
    expect(v.relevance.relevant).toBe(false);
    expect(v.claims.every((c) => c.stance === 'unrelated')).toBe(true);
  });
});

describe('facts without written conditions', () => {
  it('actors and equipment given as facts mark the sentences that touch the claim', () => {
    const m = createMatcher({
      ...config,
      claims: [{ id: 'icebreaker', statement: 'The port deployed an icebreaker for the ferries.', by: 'port', date: '2025-03-04', facts: { equipment: ['icebreaker*'], places: ['helsinki'] } }],
    });
    const v = m.match({ url: 'https://ferry.example/b', title: null, text: 'An icebreaker escorted ferries out of Helsinki during the strike.', publishedAt: '2025-03-05', lang: null });
    expect(v.claims[0]!.stance).not.toBe('unrelated');
    const other = m.match({ url: 'https://ferry.example/c', title: null, text: 'Ferries left Tallinn on time.', publishedAt: '2025-03-05', lang: null });
    expect(other.claims[0]!.stance).toBe('unrelated');
  });
});
