import type { CompiledClaim } from '../compile-claims.ts';
import type { ClaimVerdict } from '../types.ts';
import { reasonText } from './reason.ts';
import type { Signal } from './types.ts';

const ORDER: Record<Signal['stance'], number> = { contradicts: 3, supports: 2, discusses: 1 };

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
  for (const x of list.slice(1, 3)) if (!evidence.includes(x.sentence.text)) evidence.push(x.sentence.text);
  const comparisons = list.flatMap((x) => x.comparisons).slice(0, 6);
  const against = signals.filter((x) => ORDER[x.stance] !== ORDER[chosen] && x.stance !== 'discusses').length;
  const confidence = Math.max(0.3, Math.min(0.95, top.confidence + 0.05 * (list.length - 1) - 0.1 * against));
  return { claimId: claim.id, stance: chosen, confidence: Math.round(confidence * 100) / 100, evidence, reason: reasonText(top.reason, top.sentence), comparisons };
}

/** The signals of one stance, strongest first (module level: tsx names every closure made per call). */
function byStance(signals: Signal[], st: Signal['stance']): Signal[] {
  return signals.filter((x) => x.stance === st).sort((a, b) => b.confidence - a.confidence || a.sentence.index - b.sentence.index);
}
