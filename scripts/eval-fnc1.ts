/**
 * FNC-1 harness: labels every (headline, body) pair of an FNC-format stances file, writes the predictions
 * (Headline, Body ID, Stance) and, when the file has gold labels, prints the FNC weighted score, macro-F1,
 * per-class P/R/F1 and the confusion matrix.
 *   npx tsx scripts/eval-fnc1.ts [--stances S.csv] [--bodies B.csv] [--out predictions.csv]
 *                                [--split heldout|train|all] [--predictor engine|learned|hybrid] [--json]
 * Defaults: the training files in ../shared/bench-data/fnc1 with split heldout (whole bodies held out from
 * all tuning and training; see scripts/lib/fnc-split.ts); any other stances file runs whole (split all), predictor engine (the rule engine alone; `learned`
 * = the learned models alone; `hybrid` = engine + learned, see scripts/lib/fnc-hybrid-predictor.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { checkBodiesPresent, readFncBodies, readFncStances } from './lib/fnc-csv.ts';
import { describeSplit, selectSplit, type FncSplit } from './lib/fnc-split.ts';
import { scoreFnc } from './lib/fnc-score.ts';
import { formatFncReport } from './lib/fnc-report.ts';
import { formatPredictionsCsv } from './lib/fnc-predictions-csv.ts';
import { createLearnedPredictor } from './lib/fnc-learned-predictor.ts';
import { createEnginePredictor } from './lib/fnc-engine-predictor.ts';
import { createHybridPredictor } from './lib/fnc-hybrid-predictor.ts';
import { DEFAULT_BODIES, DEFAULT_STANCES } from './lib/fnc-paths.ts';
import type { FncPrediction, FncStance } from './lib/fnc-types.ts';
import type { FncPredictor } from './lib/fnc-predictor.ts';

const opts = new Command()
  .name('eval-fnc1')
  .option('--stances <file>', 'FNC stances CSV (Headline,Body ID[,Stance])', DEFAULT_STANCES)
  .option('--bodies <file>', 'FNC bodies CSV (Body ID,articleBody)', DEFAULT_BODIES)
  .option('--out <file>', 'where to write the predictions CSV', '.eval-out/fnc1-predictions.csv')
  .addOption(new Option('--split <part>', 'which bodies to run on (default: heldout for the training file, all otherwise)').choices(['heldout', 'train', 'all']))
  .addOption(new Option('--predictor <name>', 'what labels the pairs').choices(['engine', 'learned', 'hybrid']).default('engine'))
  .option('--json', 'print the figures as JSON instead of the text report', false)
  .parse()
  .opts<{ stances: string; bodies: string; out: string; split?: FncSplit; predictor: 'engine' | 'learned' | 'hybrid'; json: boolean }>();

// The held-out part only means something for the training file; another file (e.g. the competition test
// set) is unseen as a whole.
const splitName: FncSplit = opts.split ?? (resolve(opts.stances) === DEFAULT_STANCES ? 'heldout' : 'all');
const pairs = selectSplit(readFncStances(opts.stances), splitName);
const bodies = readFncBodies(opts.bodies);
checkBodiesPresent(pairs, bodies, opts.bodies);

const PREDICTORS: Record<typeof opts.predictor, () => FncPredictor> = {
  engine: createEnginePredictor,
  learned: () => createLearnedPredictor(),
  hybrid: createHybridPredictor,
};
const predictor = PREDICTORS[opts.predictor]();
const started = performance.now();
// Visit pairs body by body (each body's analysis is then reused across its headlines); output keeps file order.
const order = pairs.map((_, i) => i).sort((a, b) => pairs[a]!.bodyId - pairs[b]!.bodyId || a - b);
const predictions = new Array<FncPrediction>(pairs.length);
for (const i of order) {
  const p = pairs[i]!;
  predictions[i] = { headline: p.headline, bodyId: p.bodyId, stance: predictor.predict(p.headline, bodies.get(p.bodyId)!, p.bodyId) };
}
const seconds = (performance.now() - started) / 1000;

const out = resolve(opts.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, formatPredictionsCsv(predictions));

const split = `${describeSplit(splitName)}; ${new Set(pairs.map((p) => p.bodyId)).size} bodies`;
const labelled = pairs.every((p) => p.stance !== null) && pairs.length > 0;
const score = labelled ? scoreFnc(pairs.map((p) => p.stance as FncStance), predictions.map((p) => p.stance)) : null;
if (opts.json) {
  console.log(JSON.stringify({ predictor: predictor.name, split, pairs: pairs.length, seconds, predictions: out, score }, null, 2));
} else {
  console.log(`predictor: ${predictor.name}\nsplit: ${split}`);
  console.log(`labelled ${pairs.length} pairs in ${seconds.toFixed(1)} s (${Math.round(pairs.length / seconds)} pairs/s); predictions -> ${out}`);
  console.log(score ? formatFncReport(score, `FNC-1 ${splitName}`) : 'no gold labels in the stances file: predictions only');
}
