import { createLearnedScorer } from '../../src/match/learned/learned-scorer.ts';
import { idfLookup } from './fnc-idf-build.ts';
import { scoreFnc } from './fnc-score.ts';
import { bodyFold } from './fnc-split.ts';
import { AnalysisStore, trainModels, type LabelledPair, type TrainOptions } from './fnc-train.ts';
import { learnedLabel } from './fnc-learned-predictor.ts';

/** K-fold by body inside the given pairs: train on K-1 folds, score the 4 classes on the last; prints each
 *  fold and the mean and range, to show how much the single held-out figure could move. */
export function crossValidate(pairs: readonly LabelledPair[], store: AnalysisStore, k: number, opts: TrainOptions): void {
  const rows: { macro: number; disagree: number; fnc: number }[] = [];
  for (let f = 0; f < k; f++) {
    const fit = pairs.filter((p) => bodyFold(p.bodyId, k) !== f);
    const test = pairs.filter((p) => bodyFold(p.bodyId, k) === f);
    const m = trainModels(fit, store, opts);
    const scorer = createLearnedScorer({ idf: idfLookup(m.idfTable), relatedness: m.relatedness, stance: m.stance });
    const predicted = test.map((p) => learnedLabel(scorer, store.claim(p.headline), store.body(p.bodyId)));
    const s = scoreFnc(test.map((p) => p.stance), predicted);
    rows.push({ macro: s.macroF1, disagree: s.perClass.disagree.f1, fnc: s.relative });
    console.log(`cv fold ${f + 1}/${k}: ${test.length} pairs, FNC ${s.relative.toFixed(2)}%, macro-F1 ${s.macroF1.toFixed(3)}, disagree F1 ${s.perClass.disagree.f1.toFixed(3)} (support ${s.perClass.disagree.support})`);
  }
  const stat = (key: keyof (typeof rows)[number]) => {
    const v = rows.map((r) => r[key]);
    return `mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)} [${Math.min(...v).toFixed(3)}, ${Math.max(...v).toFixed(3)}]`;
  };
  console.log(`cv ${k}-fold by body in the train part: macro-F1 ${stat('macro')}; disagree F1 ${stat('disagree')}; FNC % ${stat('fnc')}`);
}
