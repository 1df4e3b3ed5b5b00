import type { Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Cond } from '../terms.ts';

/** Nouns of an attitude or a prospect whose object is an action not (yet) taken: "support FOR", "fear OF", "calls FOR". */
const ATTITUDE_EN = /^(support|backing|appetite|calls?|demands?|pressure|fears?|prospect|risk|danger|possibility|likelihood|talk|favou?r|opposition|approval)$/;
const LINK_EN = /^(for|of|to)$/;
/** The same nouns in ru/be/uk, whose object follows in the genitive: "поддержка вступления", "страх перед", "ризик втягування". */
const ATTITUDE_SLAVIC = /^(поддержк|одобрени|призыв|требовани|опасени|страх|риск|угроз[аыу]|перспектив|возможност|вероятност|падтрымк|заклік|патрабаванн|небяспек|рызык|магчымасц|падтрымц|підтримк|заклик|вимог|побоюванн|ризик|загроз[аиу]|можливіст|ймовірніст)/;

/**
 * "Majority support for Belarus joining the fighting", "calls for Minsk to enter the war", "страх перед вступлением
 * Беларуси в войну": the contradicting action is the object of an attitude or a prospect, which reports the
 * attitude, not the action.
 */
export function attitudeObject(s: Sentence, cond: Cond): boolean {
  let first = -1;
  for (const h of s.hits) if (h.group !== G.cue && cond.includes(h.key) && (first < 0 || h.i < first)) first = h.i;
  if (first < 1) return false;
  const t = s.tokens;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (/[,.;:!?()—–]/.test(s.text.slice(t[k]!.e, t[k + 1]!.s))) return false;
    const w = t[k]!.n;
    if (LINK_EN.test(w) && k > 0 && ATTITUDE_EN.test(t[k - 1]!.n)) return true;
    if (ATTITUDE_SLAVIC.test(w)) return true;
  }
  return false;
}
