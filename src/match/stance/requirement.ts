import type { Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Cond } from '../terms.ts';

/** Conjunctions of purpose: "чтобы", "каб", "щоб", "in order to", "so as to" (the last word of the English ones). */
const PURPOSE = new Set(['чтобы', 'чтоб', 'дабы', 'каб', 'штоб', 'щоб', 'щоби', 'аби']);
/** Words of what something takes: "нужны недели", "патрэбны тыдні", "потрібні тижні", "needs", "would take". */
const NEEDED = /^(need|needs|needed|takes|take|require|requires|required|нужн|необходим|требу|потребу|понадоб|патрэбн|трэба|неабходн|спатрэбіц|потрібн|треба|необхідн|знадоб)/;
const NOT = new Set(['not', "doesn't", "don't", 'не', 'ні', 'ня']);

/**
 * "Щоб зібрати ударне угруповання, потрібні тижні", "in order to mass a strike force, Minsk would need weeks": the
 * condition's words stand in a clause of purpose and the sentence says what that purpose takes. It names a
 * requirement, it reports no such thing. (A purpose after an action, "moved troops to prepare an attack", has no
 * word of need and still reports an intent.)
 */
export function requirementOnly(s: Sentence, cond: Cond): boolean {
  let first = -1;
  for (const h of s.hits) if (h.group !== G.cue && cond.includes(h.key) && (first < 0 || h.i < first)) first = h.i;
  if (first < 0) return false;
  let purpose = -1;
  for (let k = first - 1; k >= Math.max(0, first - 6) && purpose < 0; k--) {
    if (/[,.;:!?—–]/.test(s.text.slice(s.tokens[k]!.e, s.tokens[k + 1]!.s))) return false;
    const w = s.tokens[k]!.n;
    if (PURPOSE.has(w) || (w === 'to' && k > 0 && (s.tokens[k - 1]!.n === 'order' || s.tokens[k - 1]!.n === 'as'))) purpose = k;
  }
  if (purpose < 0) return false;
  for (let k = 0; k < s.tokens.length; k++) {
    if (k >= purpose && k <= first) continue;
    if (NEEDED.test(s.tokens[k]!.n)) return !(k > 0 && NOT.has(s.tokens[k - 1]!.n));
  }
  return false;
}
