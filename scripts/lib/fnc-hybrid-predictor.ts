import { analyzeArticle, analyzeClaim } from '../../src/match/learned/analysis-cache.ts';
import { shippedScorer } from '../../src/match/learned/shipped-scorer.ts';
import { createMatcher, type Matcher } from '../../src/match/create-matcher.ts';
import { headlineClaimsConfig } from './fnc-engine-predictor.ts';
import type { FncPredictor } from './fnc-predictor.ts';

/** Engine contradictions at or above this confidence override the cue model (chosen on the train part). */
export const HYBRID_CONTRADICTION_CONFIDENCE = 0.7;

/**
 * What the engine would score if it deferred to the learned parts for plain-text claims: the learned
 * relatedness decides related vs unrelated, the cue model picks the stance, and a confident rule-based
 * contradiction (which carries its evidence sentence) wins over the cues. The rule was chosen among five
 * combinations on the train part only.
 */
export function createHybridPredictor(): FncPredictor {
  const matchers = new Map<string, Matcher>();
  return {
    name: `hybrid (learned relatedness + cue stance; engine contradictions with confidence >= ${HYBRID_CONTRADICTION_CONFIDENCE} win)`,
    predict(headline, body, bodyId) {
      const claim = analyzeClaim(headline);
      const article = analyzeArticle(body);
      if (shippedScorer.relatedness(claim, article) < 0.5) return 'unrelated';
      let m = matchers.get(headline);
      if (!m) matchers.set(headline, (m = createMatcher(headlineClaimsConfig(headline))));
      const v = m.match({ url: `fnc1:body/${bodyId}`, title: null, text: body, publishedAt: null, lang: 'en' }).claims[0]!;
      if (v.stance === 'contradicts' && v.confidence >= HYBRID_CONTRADICTION_CONFIDENCE) return 'disagree';
      const s = shippedScorer.stance(claim, article);
      if (s.contradicts >= s.supports && s.contradicts >= s.discusses) return 'disagree';
      return s.supports >= s.discusses ? 'agree' : 'discuss';
    },
  };
}
