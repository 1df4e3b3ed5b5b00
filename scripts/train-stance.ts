/**
 * The learned contradiction model beside the stance rules (issue 5): logistic regression over generic features of
 * an (article, claim) pair (scripts/lib/contradiction-features.ts), trained on the STUDIED corpora only and
 * validated leave-one-corpus-out. Usage:
 *   node --import tsx scripts/train-stance.ts [--l2 X] [--drop PREFIX,...] [--out FILE] [--json]
 * Prints, for each of the six studied corpora held out in turn, contradiction P/R/F1 of the rules alone and of
 * the rules with the model (its thresholds chosen by an inner leave-one-corpus-out over the five training
 * corpora), then the pooled figures and whether they pass the acceptance rule of the brief.
 * --out FILE also trains on all six corpora and writes the weights (with thresholds chosen by the outer
 * validation) to FILE. Deterministic: the same corpora give byte-identical weights.
 *
 * Never read here: corpus-holdout-5, corpus-holdout-6 and the even half of corpus-dev-2 (held out for the lead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadClaimsFile } from '../src/config/claims-file.ts';
import { extractArticleFromBytes } from '../src/extract/extract-article.ts';
import { createMatcher, type MatchView } from '../src/match/create-matcher.ts';
import { CONTRADICTION_FEATURES, contradictionFeatures } from './lib/contradiction-features.ts';
import { predictProba, type LinearModel } from '../src/match/learned/linear-model.ts';
import type { Stance } from '../src/match/types.ts';
import { filterLabelsByIds, readCorpusLabels } from './lib/corpus-labels.ts';
import { type Counts, count, prf, type Prf } from './lib/corpus-metrics.ts';
import { fitSoftmax } from './lib/fnc-logistic-fit.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The studied corpora, and which of their articles may be read (dev-2: the odd half only). */
const STUDIED: readonly { dir: string; ids: string | null }[] = [
  { dir: 'test/fixtures/corpus', ids: null },
  { dir: 'test/fixtures/corpus-holdout', ids: null },
  { dir: 'test/fixtures/corpus-dev-2', ids: '[13579]$' },
  { dir: 'test/fixtures/corpus-holdout-2', ids: null },
  { dir: 'test/fixtures/corpus-holdout-3', ids: null },
  { dir: 'test/fixtures/corpus-holdout-4', ids: null },
];

const opts = new Command()
  .option('--claims <file>', 'claims file', 'config/claims.yaml')
  .option('--l2 <x>', 'L2 penalty of the logistic fit', '0.01')
  .option('--iterations <n>', 'Adam iterations', '400')
  .option('--drop <prefixes>', 'comma-separated feature-name prefixes to leave out (ablation)', '')
  .option('--out <file>', 'train on all six corpora and write the weights here')
  .option('--json', 'print the figures as JSON', false)
  .option('--mode <m>', 'joint: one model for all asked pairs; split: one model for the pairs the rules call contradictions (may veto), one for the others (may promote)', 'joint')
  .option('--balance', 'weight the classes inversely to their frequency', false)
  .option('--diagnose', 'also print the held-out probability of every pair the rules get wrong, and pooled F1 for fixed thresholds', false)
  .parse()
  .opts<{ claims: string; l2: string; iterations: string; drop: string; out?: string; json: boolean; diagnose: boolean; mode: string; balance: boolean }>();

const drop = opts.drop ? opts.drop.split(',').filter(Boolean) : [];
const kept = CONTRADICTION_FEATURES.map((f, j) => [f, j] as const).filter(([f]) => !drop.some((p) => f.startsWith(p)));
const featureNames = kept.map(([f]) => f);
const l2 = Number(opts.l2);
const iterations = Number(opts.iterations);

/** One (article, claim) pair as the evaluation counts it. */
interface Pair {
  corpus: string;
  article: string;
  claim: string;
  gold: boolean;
  rule: boolean;
  /** the model's input, or null when the model is not asked (irrelevant article, no signal for the claim) */
  x: number[] | null;
}

function readCorpus(dir: string, ids: string | null): Pair[] {
  const corpusDir = resolve(root, dir);
  // (the filter runs before any article is read)
  const labels = filterLabelsByIds(readCorpusLabels(join(corpusDir, 'labels.yaml')), ids);
  let view: MatchView | null = null;
  const matcher = createMatcher(loadClaimsFile(resolve(root, opts.claims)), { inspect: (v) => (view = v) });
  const pairs: Pair[] = [];
  for (const label of labels) {
    const page = extractArticleFromBytes(readFileSync(join(corpusDir, label.file)), { url: label.url, charset: null });
    view = null;
    const verdict = matcher.match({ url: label.url, title: page.title, text: page.text, publishedAt: page.publishedAt ?? label.publishedAt, lang: page.lang });
    const v = view as MatchView | null;
    if (!v) throw new Error('train-stance: the matcher did not report what it saw');
    for (const c of v.claims) {
      const gold: Stance = label.stances[c.id] ?? 'unrelated';
      const signals = v.signals[c.position]!;
      const asked = v.relevant && signals.length > 0;
      pairs.push({
        corpus: dir.replace(/^.*\//, ''),
        article: label.id,
        claim: c.id,
        gold: gold === 'contradicts',
        rule: verdict.claims[c.position]!.stance === 'contradicts',
        x: asked ? select(contradictionFeatures(c, signals, v.article, v.verdicts)) : null,
      });
    }
  }
  return pairs;
}

function select(x: number[]): number[] {
  return kept.map(([, j]) => x[j]!);
}

const CLASSES = ['other', 'contradicts'] as const;

/** One model, or (split) one for the rules' contradictions and one for the rest. */
interface Fitted {
  joint: LinearModel | null;
  keep: LinearModel | null;
  promote: LinearModel | null;
}

function fitOne(rows: readonly Pair[]): LinearModel {
  const pos = rows.filter((p) => p.gold).length;
  const classWeight = opts.balance && pos > 0 && pos < rows.length ? [rows.length / (2 * (rows.length - pos)), rows.length / (2 * pos)] : undefined;
  return fitSoftmax(
    rows.map((p) => p.x!),
    rows.map((p) => (p.gold ? 1 : 0)),
    { classes: CLASSES, features: featureNames, l2, iterations, classWeight },
  );
}

function fit(pairs: readonly Pair[]): Fitted {
  const rows = pairs.filter((p) => p.x !== null);
  if (opts.mode === 'joint') return { joint: fitOne(rows), keep: null, promote: null };
  return { joint: null, keep: fitOne(rows.filter((p) => p.rule)), promote: fitOne(rows.filter((p) => !p.rule)) };
}

interface Thresholds {
  /** a pair the rules do not call a contradiction becomes one at p >= promote */
  promote: number;
  /** a pair the rules call a contradiction stays one at p >= keep */
  keep: number;
}
const RULES_ONLY: Thresholds = { promote: Infinity, keep: 0 };

function decide(p: Pair, prob: number | null, t: Thresholds): boolean {
  if (prob === null) return p.rule;
  return p.rule ? prob >= t.keep : prob >= t.promote;
}

function score(pairs: readonly Pair[], probs: readonly (number | null)[], t: Thresholds): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  pairs.forEach((p, n) => count(c, p.gold, decide(p, probs[n]!, t)));
  return c;
}

function probsOf(model: Fitted, pairs: readonly Pair[]): (number | null)[] {
  return pairs.map((p) => (p.x === null ? null : predictProba((model.joint ?? (p.rule ? model.keep : model.promote))!, p.x)[1]!));
}

const PROMOTE = [Infinity, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4];
const KEEP = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);

/**
 * Thresholds by leave-one-corpus-out over `corpora`: the pair (promote, keep) with the best pooled F1 of
 * held-out predictions; ties go to the rules alone (fewer changes).
 */
function chooseThresholds(byCorpus: ReadonlyMap<string, Pair[]>, corpora: readonly string[]): { t: Thresholds; f1: number } {
  const held: { pairs: Pair[]; probs: (number | null)[] }[] = [];
  for (const test of corpora) {
    const train = corpora.filter((c) => c !== test).flatMap((c) => byCorpus.get(c)!);
    const model = fit(train);
    held.push({ pairs: byCorpus.get(test)!, probs: probsOf(model, byCorpus.get(test)!) });
  }
  let best = { t: RULES_ONLY, f1: -1 };
  for (const promote of PROMOTE)
    for (const keep of KEEP) {
      const t = { promote, keep };
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const h of held) {
        const x = score(h.pairs, h.probs, t);
        c.tp += x.tp;
        c.fp += x.fp;
        c.fn += x.fn;
      }
      if (f1(c) > best.f1 + 1e-9) best = { t, f1: f1(c) };
    }
  return best;
}

// ---- read the studied corpora once
const byCorpus = new Map<string, Pair[]>();
for (const { dir, ids } of STUDIED) byCorpus.set(dir.replace(/^.*\//, ''), readCorpus(dir, ids));
const corpora = [...byCorpus.keys()];
const log = opts.json ? (_: string) => {} : (l: string) => console.log(l);
for (const c of corpora) {
  const ps = byCorpus.get(c)!;
  log(`${c}: ${ps.length} pairs, ${ps.filter((p) => p.x).length} asked, ${ps.filter((p) => p.gold).length} gold contradictions (${ps.filter((p) => p.gold && !p.x).length} of them not asked)`);
}
log(`features: ${featureNames.length}${drop.length ? ` (dropped ${drop.join(', ')})` : ''}; l2 ${l2}`);

// ---- outer leave-one-corpus-out; thresholds by inner leave-one-corpus-out on the five training corpora
interface FoldResult {
  corpus: string;
  thresholds: Thresholds;
  rules: Prf;
  model: Prf;
}
const folds: FoldResult[] = [];
const held: { pairs: Pair[]; probs: (number | null)[] }[] = [];
const pooledRules: Counts = { tp: 0, fp: 0, fn: 0 };
const pooledModel: Counts = { tp: 0, fp: 0, fn: 0 };
for (const test of corpora) {
  const trainCorpora = corpora.filter((c) => c !== test);
  const { t } = chooseThresholds(byCorpus, trainCorpora);
  const model = fit(trainCorpora.flatMap((c) => byCorpus.get(c)!));
  const pairs = byCorpus.get(test)!;
  const probs = probsOf(model, pairs);
  const r = score(pairs, probs, RULES_ONLY);
  const m = score(pairs, probs, t);
  for (const k of ['tp', 'fp', 'fn'] as const) {
    pooledRules[k] += r[k];
    pooledModel[k] += m[k];
  }
  folds.push({ corpus: test, thresholds: t, rules: prf(r), model: prf(m) });
  held.push({ pairs, probs });
}
if (opts.diagnose) diagnose();

/** The rules' mistakes with their held-out probabilities, and pooled F1 at fixed thresholds (an optimistic bound: chosen on the test folds). */
function diagnose(): void {
  const all = held.flatMap((h) => h.pairs.map((p, n) => ({ p, prob: h.probs[n]! })));
  const asked = all.filter((a) => a.prob !== null);
  const show = (a: (typeof all)[number]) => `  ${a.p.corpus}/${a.p.article} ${a.p.claim}: p=${a.prob === null ? 'not asked' : a.prob.toFixed(3)}`;
  console.log('rules miss (gold contradicts):');
  for (const a of all.filter((a) => a.p.gold && !a.p.rule)) console.log(show(a));
  console.log('rules wrongly say contradicts:');
  for (const a of all.filter((a) => !a.p.gold && a.p.rule)) console.log(show(a));
  const q = (xs: number[], f: number) => xs.sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))]?.toFixed(3);
  const ps = (f: (a: (typeof asked)[number]) => boolean) => asked.filter(f).map((a) => a.prob!);
  console.log(`asked, rule not contra, gold other: n=${ps((a) => !a.p.rule && !a.p.gold).length} p90=${q(ps((a) => !a.p.rule && !a.p.gold), 0.9)} p99=${q(ps((a) => !a.p.rule && !a.p.gold), 0.99)}`);
  console.log('pooled F1 at fixed thresholds (promote x keep):');
  for (const promote of PROMOTE) {
    const cells = KEEP.map((keep) => {
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const h of held) {
        const x = score(h.pairs, h.probs, { promote, keep });
        c.tp += x.tp;
        c.fp += x.fp;
        c.fn += x.fn;
      }
      return `${f1(c).toFixed(3)}(${c.tp}/${c.fp}/${c.fn})`;
    });
    console.log(`  promote ${String(promote).padEnd(8)} ${cells.join(' ')}`);
  }
}

const fmt = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
const row = (p: Prf) => `${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)}  ${String(p.tp).padStart(3)} ${String(p.fp).padStart(3)} ${String(p.fn).padStart(3)}`;
const th = (t: Thresholds) => `promote ${t.promote === Infinity ? 'never' : `p>=${t.promote}`}, keep p>=${t.keep}`;
const rulesP = prf(pooledRules);
const modelP = prf(pooledModel);
const better = folds.filter((f) => (f.model.f1 ?? 0) >= (f.rules.f1 ?? 0) - 1e-9).length;
const accepted = (modelP.f1 ?? 0) > (rulesP.f1 ?? 0) + 1e-9 && better >= 4 && (modelP.precision ?? 0) >= (rulesP.precision ?? 0) - 0.05;

log('');
log('contradiction, leave one corpus out        rules alone: P     R     F1    tp  fp  fn | rules + model: P     R     F1    tp  fp  fn | thresholds (inner LOCO)');
for (const f of folds) log(`${f.corpus.padEnd(42)} ${row(f.rules)} | ${row(f.model)} | ${th(f.thresholds)}`);
log(`${'pooled'.padEnd(42)} ${row(rulesP)} | ${row(modelP)} |`);
log(`folds improved or tied: ${better} of ${folds.length}; accepted: ${accepted ? 'yes' : 'no'}`);

let shipped: (LinearModel & { thresholds: Thresholds }) | null = null;
if (opts.out) {
  if (opts.mode !== 'joint') throw new Error('train-stance: --out writes a joint model only');
  const { t, f1: cvF1 } = chooseThresholds(byCorpus, corpora);
  const model = fit(corpora.flatMap((c) => byCorpus.get(c)!)).joint!;
  shipped = { ...model, thresholds: t };
  writeFileSync(resolve(root, opts.out), JSON.stringify(shipped, null, 1) + '\n');
  log(`wrote ${opts.out}: trained on all ${corpora.length} corpora; thresholds by leave-one-corpus-out over them: ${th(t)} (pooled F1 ${cvF1.toFixed(3)})`);
  const w = model.weights[1]!.map((x, j) => [featureNames[j]!, x - model.weights[0]![j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [f, x] of w) log(`  ${f.padEnd(26)} ${x >= 0 ? ' ' : ''}${x.toFixed(3)}`);
}
if (opts.json) console.log(JSON.stringify({ features: featureNames, l2, folds, pooled: { rules: rulesP, model: modelP }, improvedOrTied: better, accepted }, null, 1));
