import type { CompiledClaim } from '../compile-claims.ts';
import type { ClaimVerdict, Comparison } from '../types.ts';
import { reasonText } from './reason.ts';
import type { Signal } from './types.ts';

/** Picks the stance: any firm contradiction wins, then support, then discussion. */
export function aggregate(claim: CompiledClaim, signals: Signal[]): ClaimVerdict {
  if (signals.length === 0) return { claimId: claim.id, stance: 'unrelated', confidence: 0.9, evidence: [], reason: 'the article does not touch this claim', comparisons: [] };
  // the strongest confidence of each stance (the chosen stance's signals are sorted once, below)
  let contradicts = -Infinity;
  let supports = -Infinity;
  let discusses = -Infinity;
  for (let n = 0; n < signals.length; n++) {
    const x = signals[n]!;
    if (x.stance === 'contradicts') contradicts = Math.max(contradicts, x.confidence);
    else if (x.stance === 'supports') supports = Math.max(supports, x.confidence);
    else discusses = Math.max(discusses, x.confidence);
  }
  const chosen: Signal['stance'] = contradicts >= 0.5 ? 'contradicts' : supports >= 0.5 ? 'supports' : 'discusses';
  const list = byStance(signals, chosen);
  if (list.length === 0) return { claimId: claim.id, stance: 'discusses', confidence: 0.4, evidence: [signals[0]!.sentence.text], reason: reasonText(signals[0]!.reason, signals[0]!.sentence), comparisons: [] };
  const top = list[0]!;
  const evidence: string[] = [top.sentence.text];
  if (top.stated && !evidence.includes(top.stated.text)) evidence.push(top.stated.text);
  for (let n = 1; n < 3 && n < list.length; n++) if (!evidence.includes(list[n]!.sentence.text)) evidence.push(list[n]!.sentence.text);
  // (loops rather than flatMap and filter: tsx names every closure made per call)
  const comparisons: Comparison[] = [];
  for (let n = 0; n < list.length && comparisons.length < 6; n++) {
    const cs = list[n]!.comparisons;
    for (let k = 0; k < cs.length && comparisons.length < 6; k++) comparisons.push(cs[k]!);
  }
  let against = 0;
  for (let n = 0; n < signals.length; n++) if (signals[n]!.stance !== chosen && signals[n]!.stance !== 'discusses') against++;
  const confidence = Math.max(0.3, Math.min(0.95, top.confidence + 0.05 * (list.length - 1) - 0.1 * against));
  return { claimId: claim.id, stance: chosen, confidence: Math.round(confidence * 100) / 100, evidence, reason: reasonText(top.reason, top.sentence), comparisons };
}

/** The signals of one stance, strongest first (module level: tsx names every closure made per call). */
function byStance(signals: Signal[], st: Signal['stance']): Signal[] {
  const list: Signal[] = [];
  for (let n = 0; n < signals.length; n++) if (signals[n]!.stance === st) list.push(signals[n]!);
  return list.sort(strongestFirst);
}

function strongestFirst(a: Signal, b: Signal): number {
  return b.confidence - a.confidence || a.sentence.index - b.sentence.index;
}
