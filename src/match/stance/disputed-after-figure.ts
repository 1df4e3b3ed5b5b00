import { cueMask, type Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import { negatedCue } from './negation.ts';

/** Openers of the clause that gives what a report says: "the report, WHICH puts ...", "the estimate THAT ...". */
const CONTENT_OPENER = /^(that|which|что|который|которая|которое|которую|которой|будто|якобы|што|які|якая|якое|нібыта|быццам|що|який|яка|яке|нібито|начебто)$/;
/** Words between the clause's closing comma and the verdict on the report: ", HAS BEEN dismissed", ", was widely called false". */
const VERDICT_LIGHT = /^(is|are|was|were|has|have|had|been|being|be|since|also|widely|roundly|flatly|promptly|quickly|already|now|then|called|branded|labelled|labeled|described|denounced|as|a|an|the|by|был|была|было|были|бы[лў]|былі|був|була|було|були|являет\S*|являются|з'яўляецца|з'яўляюцца|є|оказал\S*|аказал\S*|виявил\S*|уже|ужо|вже|названа|названо|названы|назван|названае|названі)$/;
/** Cues of a verdict on a report: "dismissed", "disputed", "a fabrication", "undercut". */
const VERDICT_CUES = ['denial', 'dispute', 'rebut', 'undercut'];
const DISPUTED_AFTER_CUES = cueMask(VERDICT_CUES);

/**
 * "A report ..., which claims that only around 1,100 soldiers were moved ..., has been dismissed as a fabrication",
 * "the estimate that 1,100 troops moved is false": the figure stands in the clause that gives a report's content,
 * and the verdict on the report follows that clause. Returns the verdict's cue.
 */
export function disputedAfterFigure(s: Sentence, from: number, to: number): Hit | null {
  if ((s.cueBits & DISPUTED_AFTER_CUES) === 0) return null;
  const t = s.tokens;
  // the clause opens before the figure, in its sentence part
  let opener = -1;
  for (let k = from - 1; k >= Math.max(0, from - 12) && opener < 0; k--) {
    if (/[.;:!?()]/.test(s.text.slice(t[k]!.e, t[k + 1]!.s))) break;
    if (CONTENT_OPENER.test(t[k]!.n)) opener = k;
  }
  if (opener < 0) return null;
  // the clause closes at a comma, the verdict following across light words (", has been dismissed as a fabrication");
  // or, with no comma, the verdict's verb of being ends the clause ("the estimate that 1,100 moved IS false")
  for (let k = to; k < Math.min(t.length, to + 24); k++) {
    const gap = s.text.slice(t[k - 1]!.e, t[k]!.s);
    // (", — выдумка": a comma with the dash of a Slavic copula still closes the clause)
    if (gap.includes(',')) return verdictFrom(s, k, true);
    if (/[.;:!?()—–]/.test(gap)) return null;
    // (a second clause is not the verdict's subject: "... moved but the videos were fake", "... and that the videos were fake")
    const w = t[k]!.n;
    if (JOINED.has(w) && (!AND.has(w) || CONTENT_OPENER.test(t[k + 1]?.n ?? ''))) return null;
    if (BEING.test(t[k]!.n) && k > to) {
      const h = verdictFrom(s, k + 1, false);
      if (h) return h;
    }
  }
  return null;
}

/** A verdict cue at token `at`, or after light words from there (across no further comma when `comma`). */
function verdictFrom(s: Sentence, at: number, comma: boolean): Hit | null {
  const t = s.tokens;
  for (let k = at; k < Math.min(t.length, at + 6); k++) {
    if (k > at && /[,;:.!?()—–]/.test(s.text.slice(t[k - 1]!.e, t[k]!.s))) return null;
    const h = s.hits.find((x) => x.i === k && x.group === G.cue && VERDICT_KEYS.has(x.key));
    if (h) return negatedCue(s, h) ? null : h;
    if (!VERDICT_LIGHT.test(t[k]!.n) || (!comma && k - at > 2)) return null;
  }
  return null;
}

const VERDICT_KEYS = new Set(VERDICT_CUES);
const JOINED = new Set(['and', 'but', 'while', 'whereas', 'и', 'а', 'но', 'і', 'але', 'та', 'й', 'проте']);
/** Joiners that also join the ends of a span ("between 10 AND 23 August"): a new clause only before "that". */
const AND = new Set(['and', 'и', 'і', 'та', 'й']);
const BEING = /^(is|are|was|were|been|являет\S*|был|была|было|были|є|былі)$/;
