/**
 * Trains the learned parts of the matcher on the TRAIN part of the FNC-1 training data (held-out bodies
 * are never read) and writes src/match/learned/{idf-table,relatedness-weights,stance-weights}.json.
 * Deterministic: the same data gives byte-identical files. Usage:
 *   npx tsx scripts/train-relatedness.ts [--stances S.csv] [--bodies B.csv] [--out-dir DIR] [--check]
 * --check trains into a temporary folder and exits 1 unless the result equals the shipped files byte for byte.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { analyzeText, type TextAnalysis } from '../src/match/learned/text-analysis.ts';
import { RELATEDNESS_FEATURES, relatednessFeatures, stanceFeatureNames, stanceFeatures } from '../src/match/learned/pair-features.ts';
import { predictProba, type LinearModel } from '../src/match/learned/linear-model.ts';
import { checkBodiesPresent, readFncBodies, readFncStances } from './lib/fnc-csv.ts';
import { describeSplit, innerPart, selectSplit } from './lib/fnc-split.ts';
import { buildIdfTable, idfLookup } from './lib/fnc-idf-build.ts';
import { fitSoftmax } from './lib/fnc-logistic-fit.ts';
import { selectLexicon, storiesOf } from './lib/fnc-lexicon-select.ts';
import { DEFAULT_BODIES, DEFAULT_STANCES, LEARNED_DIR } from './lib/fnc-paths.ts';
import type { FncPair, FncStance } from './lib/fnc-types.ts';

const STANCE_CLASSES = ['agree', 'disagree', 'discuss'] as const;

const opts = new Command()
  .option('--stances <file>', 'FNC stances CSV with gold labels', DEFAULT_STANCES)
  .option('--bodies <file>', 'FNC bodies CSV', DEFAULT_BODIES)
  .option('--out-dir <dir>', 'where the weight files go', LEARNED_DIR)
  .option('--lexicon-per-class <n>', 'learned cue words per stance class (0: hand cues only)', '20')
  .option('--min-stories <n>', 'a learned cue word must occur in this many stories', '20')
  .option('--check', 'retrain and compare with the shipped weights instead of overwriting them', false)
  .parse()
  .opts<{ stances: string; bodies: string; outDir: string; lexiconPerClass: string; minStories: string; check: boolean }>();
const outDir = opts.check ? mkdtempSync(join(tmpdir(), 'cw-train-')) : opts.outDir;
const OUTPUTS = ['idf-table.json', 'relatedness-weights.json', 'stance-weights.json'];

const all = readFncStances(opts.stances);
const bodies = readFncBodies(opts.bodies);
checkBodiesPresent(all, bodies, opts.bodies);
const train = selectSplit(all, 'train').filter((p): p is FncPair & { stance: FncStance } => p.stance !== null);
console.log(`training on the ${describeSplit('train')}: ${train.length} pairs`);

const bodyCache = new Map<number, TextAnalysis>();
const claimCache = new Map<string, TextAnalysis>();
const bodyOf = (id: number) => bodyCache.get(id) ?? bodyCache.set(id, analyzeText(bodies.get(id)!)).get(id)!;
const claimOf = (h: string) => claimCache.get(h) ?? claimCache.set(h, analyzeText(h)).get(h)!;

// IDF from the train part's bodies only, so held-out bodies leave no trace in the weights.
const trainBodyIds = [...new Set(train.map((p) => p.bodyId))].sort((a, b) => a - b);
const idfTable = buildIdfTable(trainBodyIds.map(bodyOf));
const idf = idfLookup(idfTable);

function fitRelatedness(pairs: typeof train): LinearModel {
  return fitSoftmax(
    pairs.map((p) => relatednessFeatures(claimOf(p.headline), bodyOf(p.bodyId), idf)),
    pairs.map((p) => (p.stance === 'unrelated' ? 0 : 1)),
    { classes: ['unrelated', 'related'], features: RELATEDNESS_FEATURES, iterations: 300 },
  );
}

const stanceIndex = (s: FncStance) => STANCE_CLASSES.indexOf(s as (typeof STANCE_CLASSES)[number]);

function pickLexicon(pairs: typeof train): string[] {
  const related = pairs.filter((p) => p.stance !== 'unrelated');
  const story = storiesOf(related);
  const items = related.map((p) => ({ story: story.get(p.bodyId)!, text: bodies.get(p.bodyId)!, body: bodyOf(p.bodyId), label: stanceIndex(p.stance) }));
  console.log(`lexicon from ${new Set(story.values()).size} stories`);
  return selectLexicon(items, STANCE_CLASSES.length, Number(opts.lexiconPerClass), Number(opts.minStories));
}

// Classes weighted by the square root of inverse frequency: full inverse weighting floods 'disagree'.
function fitStance(pairs: typeof train, lexicon: readonly string[]): LinearModel & { lexicon: string[] } {
  const related = pairs.filter((p) => p.stance !== 'unrelated');
  const ys = related.map((p) => STANCE_CLASSES.indexOf(p.stance as (typeof STANCE_CLASSES)[number]));
  const counts = STANCE_CLASSES.map((_, k) => ys.filter((y) => y === k).length);
  const classWeight = counts.map((c) => Math.sqrt(related.length / (STANCE_CLASSES.length * Math.max(c, 1))));
  const model = fitSoftmax(
    related.map((p) => stanceFeatures(claimOf(p.headline), bodyOf(p.bodyId), idf, lexicon)),
    ys,
    { classes: STANCE_CLASSES, features: stanceFeatureNames(lexicon), classWeight, iterations: 400 },
  );
  return { ...model, lexicon: [...lexicon] };
}

/** Bias offsets for the stance classes that maximise macro-F1 on the inner validation bodies. */
function tuneStanceOffsets(model: LinearModel & { lexicon: string[] }, pairs: typeof train): number[] {
  const related = pairs.filter((p) => p.stance !== 'unrelated');
  const probs = related.map((p) => predictProba(model, stanceFeatures(claimOf(p.headline), bodyOf(p.bodyId), idf, model.lexicon)));
  const gold = related.map((p) => STANCE_CLASSES.indexOf(p.stance as (typeof STANCE_CLASSES)[number]));
  const macro = (off: number[]) => {
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
  console.log(`stance offsets (agree, disagree, discuss) ${best.map((x) => x.toFixed(2)).join(', ')}: inner-validation macro-F1 over the 3 related classes ${bestScore.toFixed(3)} (no offsets ${macro([0, 0, 0]).toFixed(3)})`);
  return best;
}

const fitPart = train.filter((p) => innerPart(p.bodyId) === 'fit');
const validatePart = train.filter((p) => innerPart(p.bodyId) === 'validate');
const offsets = tuneStanceOffsets(fitStance(fitPart, pickLexicon(fitPart)), validatePart);

const relatedness = fitRelatedness(train);
const lexicon = pickLexicon(train);
console.log(`learned cue lexicon (${lexicon.length} stems): ${lexicon.join(' ')}`);
const stanceRaw = fitStance(train, lexicon);
const stance = { ...stanceRaw, bias: stanceRaw.bias.map((b, k) => Math.round((b + offsets[k]!) * 1e6) / 1e6) };

const write = (name: string, data: unknown) => {
  const file = resolve(outDir, name);
  writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
  console.log(`wrote ${file}`);
};
write('idf-table.json', idfTable);
write('relatedness-weights.json', relatedness);
write('stance-weights.json', stance);
console.log(`idf terms: ${Object.keys(idfTable.terms).length} from ${idfTable.docs} train bodies`);

if (opts.check) {
  const differing = OUTPUTS.filter((n) => readFileSync(resolve(outDir, n), 'utf8') !== readFileSync(resolve(opts.outDir, n), 'utf8'));
  if (differing.length > 0) {
    console.error(`train-relatedness --check: ${differing.join(', ')} differ from ${opts.outDir}: retrain and commit the new weights`);
    process.exit(1);
  }
  console.log(`train-relatedness --check: the shipped weights in ${opts.outDir} are reproduced exactly`);
}
