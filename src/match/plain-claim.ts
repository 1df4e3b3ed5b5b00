import type { CompiledClaim } from './compile-claims.ts';
import { scoreRelatedness } from './learned/relatedness.ts';
import { scoreStanceCues } from './learned/stance-cues.ts';
import type { ClaimVerdict } from './types.ts';

/** A firm rule finding (a compared number, an explicit denial) outranks the learned cues. */
const FIRM = 0.7;

/** A claim with no conditions of its own (a plain statement, e.g. an FNC-1 headline). */
export function isPlain(c: CompiledClaim): boolean {
  return c.states.length + c.mentions.length + c.supportedBy.length + c.contradictedBy.length === 0;
}

/**
 * For a plain claim the rules only see shared words, so the small learned models trained by
 * scripts/train-relatedness.ts decide whether the article is about the claim at all and, when no rule
 * compared a fact, which side it takes. A firm rule contradiction is kept as it is.
 */
export function refinePlainVerdict(claim: CompiledClaim, rules: ClaimVerdict, articleText: string, bestSentence: string | null): ClaimVerdict {
  if (rules.stance === 'contradicts' && rules.confidence >= FIRM) return rules;
  const firmRule = rules.comparisons.length > 0 && rules.confidence >= FIRM;
  if (firmRule) return rules;
  const related = scoreRelatedness(claim.statement, articleText);
  if (related < 0.5) {
    return { claimId: claim.id, stance: 'unrelated', confidence: round(1 - related), evidence: [], reason: `learned relatedness ${related.toFixed(2)} < 0.5`, comparisons: [] };
  }
  const cues = scoreStanceCues(claim.statement, articleText);
  let stance: 'supports' | 'contradicts' | 'discusses' = cues.supports >= cues.discusses ? 'supports' : 'discusses';
  // contradicting needs a clear majority of the cue model, to keep contradiction precision
  if (cues.contradicts >= 0.5) stance = 'contradicts';
  const evidence = rules.evidence.length ? rules.evidence : bestSentence ? [bestSentence] : [];
  return {
    claimId: claim.id,
    stance,
    confidence: round(Math.min(related, cues[stance])),
    evidence,
    reason: `learned: relatedness ${related.toFixed(2)}, cues supports ${cues.supports.toFixed(2)} / contradicts ${cues.contradicts.toFixed(2)} / discusses ${cues.discusses.toFixed(2)}${rules.stance !== 'unrelated' ? `; rules: ${rules.reason}` : ''}`,
    comparisons: rules.comparisons,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
