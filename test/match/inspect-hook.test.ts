import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contradictionFeatures, CONTRADICTION_FEATURES } from '../../scripts/lib/contradiction-features.ts';
import { loadClaimsFile } from '../../src/config/claims-file.ts';
import { createMatcher, type MatchView } from '../../src/match/create-matcher.ts';

const config = loadClaimsFile(fileURLToPath(new URL('../../config/claims.yaml', import.meta.url)));
const article = {
  url: 'https://test.example/a',
  title: 'Belarus moves troops to Ukrainian border',
  text: 'Lukashenko said a third of the Belarusian army had been moved to the southern border with Ukraine.\n\nKyiv denied that any large build-up was visible: only about 1,100 troops had moved, its border guards said.',
  publishedAt: '2024-08-25',
  lang: null,
};

describe('createMatcher inspect option (scripts/train-stance.ts reads the rules through it)', () => {
  it('reports what the rules saw and leaves the verdict as it is', () => {
    let view: MatchView | null = null;
    const plain = createMatcher(config).match(article);
    const inspected = createMatcher(config, { inspect: (v) => (view = v) }).match(article);
    expect(inspected).toEqual(plain);
    const v = view as MatchView | null;
    expect(v).not.toBeNull();
    expect(v!.relevant).toBe(true);
    expect(v!.signals.length).toBe(v!.claims.length);
    const third = v!.claims.find((c) => c.id === 'third-of-army-to-border')!;
    expect(v!.signals[third.position]!.length).toBeGreaterThan(0);
    // the generic features of that pair: one number per feature name, the rules' verdict among them
    const x = contradictionFeatures(third, v!.signals[third.position]!, v!.article, v!.verdicts);
    expect(x).toHaveLength(CONTRADICTION_FEATURES.length);
    expect(x.every(Number.isFinite)).toBe(true);
    const stance = v!.verdicts[third.position]!.stance;
    expect(x[CONTRADICTION_FEATURES.indexOf('rule.contradicts')]).toBe(stance === 'contradicts' ? 1 : 0);
  });
});
