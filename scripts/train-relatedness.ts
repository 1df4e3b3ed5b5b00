/**
 * Trains the learned parts of the matcher on the TRAIN part of the FNC-1 training data (held-out bodies
 * are never read) and writes src/match/learned/{idf-table,relatedness-weights,stance-weights}.json.
 * Deterministic: the same data gives byte-identical files. Usage:
 *   npx tsx scripts/train-relatedness.ts [--stances S.csv] [--bodies B.csv] [--out-dir DIR] [--check] [--cv K]
 * --check trains into a temporary folder and exits 1 unless the result equals the shipped files byte for byte.
 * --cv K  also reports K-fold cross-validation by body WITHIN the train part (spread of the figures; the
 *         held-out part stays untouched). Writes nothing extra.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { checkBodiesPresent, readFncBodies, readFncStances } from './lib/fnc-csv.ts';
import { describeSplit, selectSplit } from './lib/fnc-split.ts';
import { AnalysisStore, trainModels, type LabelledPair } from './lib/fnc-train.ts';
import { crossValidate } from './lib/fnc-cross-validate.ts';
import { DEFAULT_BODIES, DEFAULT_STANCES, LEARNED_DIR } from './lib/fnc-paths.ts';

const opts = new Command()
  .option('--stances <file>', 'FNC stances CSV with gold labels', DEFAULT_STANCES)
  .option('--bodies <file>', 'FNC bodies CSV', DEFAULT_BODIES)
  .option('--out-dir <dir>', 'where the weight files go', LEARNED_DIR)
  .option('--lexicon-per-class <n>', 'learned cue words per stance class (0: hand cues only)', '20')
  .option('--min-stories <n>', 'a learned cue word must occur in this many stories', '20')
  .option('--check', 'retrain and compare with the shipped weights instead of overwriting them', false)
  .option('--cv <k>', 'also report k-fold cross-validation by body inside the train part', '0')
  .parse()
  .opts<{ stances: string; bodies: string; outDir: string; lexiconPerClass: string; minStories: string; check: boolean; cv: string }>();
const outDir = opts.check ? mkdtempSync(join(tmpdir(), 'cw-train-')) : opts.outDir;
const OUTPUTS = ['idf-table.json', 'relatedness-weights.json', 'stance-weights.json'] as const;

const all = readFncStances(opts.stances);
const bodies = readFncBodies(opts.bodies);
checkBodiesPresent(all, bodies, opts.bodies);
const train = selectSplit(all, 'train').filter((p): p is LabelledPair => p.stance !== null);
console.log(`training on the ${describeSplit('train')}: ${train.length} pairs`);

const store = new AnalysisStore(bodies);
const trainOpts = { lexiconPerClass: Number(opts.lexiconPerClass), minStories: Number(opts.minStories), log: (l: string) => console.log(l) };
const models = trainModels(train, store, trainOpts);

const files: Record<(typeof OUTPUTS)[number], unknown> = {
  'idf-table.json': models.idfTable,
  'relatedness-weights.json': models.relatedness,
  'stance-weights.json': models.stance,
};
for (const name of OUTPUTS) {
  const file = resolve(outDir, name);
  writeFileSync(file, JSON.stringify(files[name], null, 1) + '\n');
  console.log(`wrote ${file}`);
}
console.log(`idf terms: ${Object.keys(models.idfTable.terms).length} from ${models.idfTable.docs} train bodies`);

if (Number(opts.cv) > 1) crossValidate(train, store, Number(opts.cv), { ...trainOpts, log: () => {} });

if (opts.check) {
  const differing = OUTPUTS.filter((n) => readFileSync(resolve(outDir, n), 'utf8') !== readFileSync(resolve(opts.outDir, n), 'utf8'));
  if (differing.length > 0) {
    console.error(`train-relatedness --check: ${differing.join(', ')} differ from ${opts.outDir}: retrain and commit the new weights`);
    process.exit(1);
  }
  console.log(`train-relatedness --check: the shipped weights in ${opts.outDir} are reproduced exactly`);
}
