import type { CompiledClaim } from '../compile-claims.ts';
import type { ClaimVerdict } from '../types.ts';
import type { Signal } from './types.ts';

const ORDER: Record<Signal['stance'], number> = { contradicts: 3, supports: 2, discusses: 1 };

/** Picks the stance: any firm contradiction wins, then support, then discussion. */
export function aggregate(claim: CompiledClaim, signals: Signal[]): ClaimVerdict {
  if (signals.length === 0) return { claimId: claim.id, stance: 'unrelated', confidence: 0.9, evidence: [], reason: 'the article does not touch this claim', comparisons: [] };
  let chosen: Signal['stance'] = 'discusses';
  for (const st of ['contradicts', 'supports', 'discusses'] as const) {
    const list = byStance(signals, st);
    if (list.length && list[0]!.confidence >= 0.5) {
      chosen = st;
      break;
    }
  }
  const list = byStance(signals, chosen);
  if (list.length === 0) return { claimId: claim.id, stance: 'discusses', confidence: 0.4, evidence: [signals[0]!.sentence.text], reason: signals[0]!.reason, comparisons: [] };
  const top = list[0]!;
  const evidence: string[] = [top.sentence.text];
  if (top.stated && !evidence.includes(top.stated.text)) evidence.push(top.stated.text);
  for (const x of list.slice(1, 3)) if (!evidence.includes(x.sentence.text)) evidence.push(x.sentence.text);
  const comparisons = list.flatMap((x) => x.comparisons).slice(0, 6);
  const against = signals.filter((x) => ORDER[x.stance] !== ORDER[chosen] && x.stance !== 'discusses').length;
  const confidence = Math.max(0.3, Math.min(0.95, top.confidence + 0.05 * (list.length - 1) - 0.1 * against));
  return { claimId: claim.id, stance: chosen, confidence: Math.round(confidence * 100) / 100, evidence, reason: top.reason, comparisons };
}

/** The signals of one stance, strongest first (module level: tsx names every closure made per call). */
function byStance(signals: Signal[], st: Signal['stance']): Signal[] {
  return signals.filter((x) => x.stance === st).sort((a, b) => b.confidence - a.confidence || a.sentence.index - b.sentence.index);
}
