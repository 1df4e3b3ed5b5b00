/** The four FNC-1 labels, in the order the challenge's scorer prints them. */
export const FNC_STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type FncStance = (typeof FNC_STANCES)[number];

/** One row of an FNC stances file; `stance` is null when the file carries no gold label (a test file). */
export interface FncPair {
  headline: string;
  bodyId: number;
  stance: FncStance | null;
}

export interface FncPrediction {
  headline: string;
  bodyId: number;
  stance: FncStance;
}

export function isFncStance(value: string): value is FncStance {
  return (FNC_STANCES as readonly string[]).includes(value);
}
