import type { Sentence } from '../analyze-article.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Cond } from '../terms.ts';

/** The wording of a signal's reason that names a condition's words (see CondReason). */
export const enum Why {
  States,
  Disputes,
  CallsWrong,
  MentionsHedged,
  Concedes,
  OtherSide,
  GeneralRemark,
  Restates,
  Touches,
  DeniesIt,
  Mentions,
}

/**
 * A reason naming the words of a condition, kept as data: only the winning signal's reason is shown, so its
 * text is built once, by aggregate (no closure per signal: tsx names every closure it creates, at a cost).
 */
export class CondReason {
  constructor(
    readonly why: Why,
    readonly cond: Cond,
    /** the cue quoted beside the condition's words (a denial, a verdict), or null */
    readonly hit: Hit | null,
  ) {}

  text(s: Sentence): string {
    const d = describeCond(s, this.cond);
    const w = this.hit === null ? '' : s.words(this.hit);
    switch (this.why) {
      case Why.States: return `states ${d}`;
      case Why.Disputes: return `disputes ${d} ("${w}")`;
      case Why.CallsWrong: return `calls ${d} wrong ("${w}")`;
      case Why.MentionsHedged: return `mentions ${d} with a hedge`;
      case Why.Concedes: return `concedes ${d}, then turns ("but ...")`;
      case Why.OtherSide: return `${d} is said of another side`;
      case Why.GeneralRemark: return `${d} in a general remark, not about the topic's forces`;
      case Why.Restates: return `restates it (${d}, "${w}")`;
      case Why.Touches: return `touches it (${d})`;
      case Why.DeniesIt: return `denies it: "${w}" with ${d}`;
      case Why.Mentions: return `mentions ${d}`;
    }
  }
}

/**
 * What a marker term of a condition asks of the sentence, said after its words: without it a contradiction read
 * "states "build-up"" where the sentence says there was NO build-up.
 */
const MARKER_TEXT: Record<string, string> = {
  $neg: 'negated',
  $denial: 'denied',
  $earlier: 'at an earlier date',
  $small: 'a small number',
  $only: '"only"',
  $majority: 'a majority',
  $count: 'with a count',
  $distance: 'with a distance',
  $share: 'with a share',
  $number: 'with a number',
};

/** The condition's words as the sentence writes them, then its markers: "Belarus" + "troops" (negated). */
export function describeCond(s: Sentence, cond: Cond): string {
  // (one string, no closures or arrays)
  let out = '';
  let markers = '';
  for (const k of cond) {
    if (k.charCodeAt(0) === 36) {
      const m = MARKER_TEXT[k];
      if (m !== undefined) markers += `${markers ? ', ' : ''}${m}`;
      continue;
    }
    for (const h of s.hits) {
      if (h.key !== k) continue;
      out += `${out ? ' + "' : '"'}${s.words(h)}"`;
      break;
    }
  }
  if (!out) return markers ? `its facts (${markers})` : 'its facts';
  return markers ? `${out} (${markers})` : out;
}

/** The text of a signal's reason. */
export function reasonText(reason: string | CondReason, s: Sentence): string {
  return typeof reason === 'string' ? reason : reason.text(s);
}
