import type { FncStance } from './fnc-types.ts';

/** Something that labels a (headline, body) pair; it may keep per-headline state (matchers) between calls. */
export interface FncPredictor {
  readonly name: string;
  predict(headline: string, body: string, bodyId: number): FncStance;
}
