import { createMatcher, type Matcher } from '../../src/match/create-matcher.ts';
import type { ClaimsConfig } from '../../src/config/claims-file.ts';
import type { Stance } from '../../src/match/types.ts';
import type { FncPredictor } from './fnc-predictor.ts';
import type { FncStance } from './fnc-types.ts';

const TO_FNC: Record<Stance, FncStance> = {
  supports: 'agree',
  contradicts: 'disagree',
  discusses: 'discuss',
  unrelated: 'unrelated',
};

/** A claims config of one plain-text claim: the headline. No topic, gazetteer or facts: the engine derives
 *  what it compares from the statement, as it must for any plain-text claim a user writes. */
export function headlineClaimsConfig(headline: string): ClaimsConfig {
  return { file: 'fnc1:headline', topic: null, gazetteer: [], claims: [{ id: 'headline', statement: headline }] };
}

export function toFncStance(stance: Stance): FncStance {
  return TO_FNC[stance];
}

/** The rule engine, one matcher per distinct headline (built once: 1,648 headlines over ~50k pairs). */
export function createEnginePredictor(): FncPredictor {
  const matchers = new Map<string, Matcher>();
  return {
    name: 'engine (createMatcher, headline as the only claim, no topic)',
    predict(headline, body, bodyId) {
      let m = matchers.get(headline);
      if (!m) matchers.set(headline, (m = createMatcher(headlineClaimsConfig(headline))));
      const verdict = m.match({ url: `fnc1:body/${bodyId}`, title: null, text: body, publishedAt: null, lang: 'en' });
      return toFncStance(verdict.claims[0]!.stance);
    },
  };
}
