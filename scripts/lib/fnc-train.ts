import { analyzeText, type TextAnalysis } from '../../src/match/learned/text-analysis.ts';
import { RELATEDNESS_FEATURES, relatednessFeatures, stanceFeatureNames, stanceFeatures } from '../../src/match/learned/pair-features.ts';
import { predictProba, type LinearModel } from '../../src/match/learned/linear-model.ts';
import type { StanceModel } from '../../src/match/learned/learned-scorer.ts';
import { buildIdfTable, idfLookup, type IdfTableJson } from './fnc-idf-build.ts';
import { fitSoftmax } from './fnc-logistic-fit.ts';
import { selectLexicon, storiesOf } from './fnc-lexicon-select.ts';
import { innerPart } from './fnc-split.ts';
import type { FncPair, FncStance } from './fnc-types.ts';

export const STANCE_CLASSES = ['agree', 'disagree', 'discuss'] as const;

export type LabelledPair = FncPair & { stance: FncStance };

export interface TrainOptions {
  lexiconPerClass: number;
  minStories: number;
  log?: (line: string) => void;
}

export interface TrainedModels {
  idfTable: IdfTableJson;
  relatedness: LinearModel;
  stance: StanceModel;
}

/** Analyses each body and headline once across all the fits of one run. */
export class AnalysisStore {
  private readonly bodies = new Map<number, TextAnalysis>();
  private readonly claims = new Map<string, TextAnalysis>();
  constructor(readonly texts: ReadonlyMap<number, string>) {}
  body(id: number): TextAnalysis {
    return this.bodies.get(id) ?? this.bodies.set(id, analyzeText(this.texts.get(id)!)).get(id)!;
  }
  claim(h: string): TextAnalysis {
    return this.claims.get(h) ?? this.claims.set(h, analyzeText(h)).get(h)!;
  }
}

const stanceIndex = (s: FncStance) => STANCE_CLASSES.indexOf(s as (typeof STANCE_CLASSES)[number]);

/**
 * Trains the IDF table, the relatedness model and the stance-cue model on the given labelled pairs only.
 * Stance class offsets are tuned on an inner split of these pairs' bodies (fit / validate), then the model
 * is refit on all of them. Deterministic.
 */
export function trainModels(pairs: readonly LabelledPair[], store: AnalysisStore, opts: TrainOptions): TrainedModels {
  const log = opts.log ?? (() => {});
  const bodyIds = [...new Set(pairs.map((p) => p.bodyId))].sort((a, b) => a - b);
  const idfTable = buildIdfTable(bodyIds.map((id) => store.body(id)));
  const idf = idfLookup(idfTable);

  const relatedness = fitSoftmax(
    pairs.map((p) => relatednessFeatures(store.claim(p.headline), store.body(p.bodyId), idf)),
    pairs.map((p) => (p.stance === 'unrelated' ? 0 : 1)),
    { classes: ['unrelated', 'related'], features: RELATEDNESS_FEATURES, iterations: 300 },
  );

  const pickLexicon = (part: readonly LabelledPair[]) => {
    const related = part.filter((p) => p.stance !== 'unrelated');
    const story = storiesOf(related);
    const items = related.map((p) => ({ story: story.get(p.bodyId)!, text: store.texts.get(p.bodyId)!, body: store.body(p.bodyId), label: stanceIndex(p.stance) }));
    return selectLexicon(items, STANCE_CLASSES.length, opts.lexiconPerClass, opts.minStories);
  };

  // Classes weighted by the square root of inverse frequency: full inverse weighting floods 'disagree'.
  const fitStance = (part: readonly LabelledPair[], lexicon: readonly string[]): StanceModel => {
    const related = part.filter((p) => p.stance !== 'unrelated');
    const ys = related.map((p) => stanceIndex(p.stance));
    const counts = STANCE_CLASSES.map((_, k) => ys.filter((y) => y === k).length);
    const classWeight = counts.map((c) => Math.sqrt(related.length / (STANCE_CLASSES.length * Math.max(c, 1))));
    const model = fitSoftmax(
      related.map((p) => stanceFeatures(store.claim(p.headline), store.body(p.bodyId), idf, lexicon)),
      ys,
      { classes: STANCE_CLASSES, features: stanceFeatureNames(lexicon), classWeight, iterations: 400 },
    );
    return { ...model, lexicon: [...lexicon] };
  };

  const fitPart = pairs.filter((p) => innerPart(p.bodyId) === 'fit');
  const validatePart = pairs.filter((p) => innerPart(p.bodyId) === 'validate');
  const offsets = tuneStanceOffsets(fitStance(fitPart, pickLexicon(fitPart)), validatePart, store, idf, log);
  const lexicon = pickLexicon(pairs);
  log(`learned cue lexicon (${lexicon.length} stems): ${lexicon.join(' ')}`);
  const raw = fitStance(pairs, lexicon);
  const stance = { ...raw, bias: raw.bias.map((b, k) => Math.round((b + offsets[k]!) * 1e6) / 1e6) };
  return { idfTable, relatedness, stance };
}

/** Bias offsets for the stance classes that maximise macro-F1 (over the 3 related classes) on validation bodies. */
function tuneStanceOffsets(
  model: StanceModel,
  pairs: readonly LabelledPair[],
  store: AnalysisStore,
  idf: (s: string) => number,
  log: (line: string) => void,
): number[] {
  const related = pairs.filter((p) => p.stance !== 'unrelated');
  const probs = related.map((p) => predictProba(model, stanceFeatures(store.claim(p.headline), store.body(p.bodyId), idf, model.lexicon)));
  const gold = related.map((p) => stanceIndex(p.stance));
  const macro = (off: readonly number[]) => {
    const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
    probs.forEach((pr, i) => {
      const s = pr.map((v, k) => Math.log(v) + off[k]!);
      const k = s.indexOf(Math.max(...s));
      if (k === gold[i]) tp[k]!++;
      else { fp[k]!++; fn[gold[i]!]!++; }
    });
    return tp.reduce((s, t, k) => s + (t === 0 ? 0 : (2 * t) / (2 * t + fp[k]! + fn[k]!)), 0) / 3;
  };
  let best = [0, 0, 0];
  let bestScore = macro(best);
  for (let a = -2; a <= 2.001; a += 0.25) {
    for (let d = -2; d <= 3.001; d += 0.25) {
      const off = [a, d, 0];
      const s = macro(off);
      if (s > bestScore + 1e-9) { bestScore = s; best = off; }
    }
  }
  log(`stance offsets (agree, disagree, discuss) ${best.map((x) => x.toFixed(2)).join(', ')}: inner-validation macro-F1 over the 3 related classes ${bestScore.toFixed(3)} (no offsets ${macro([0, 0, 0]).toFixed(3)})`);
  return best;
}
