/**
 * npm run eval [-- --json] [--verbose | --summary] [--claims config/claims.yaml] [--corpus test/fixtures/corpus] [--ids <regex>]
 * Runs the claim engine on the labelled corpus (HTML pages, extracted as the worker would) and prints
 * precision/recall/F1 for relevance and contradiction, per claim and overall, and the stance confusion.
 * --ids keeps only the labelled articles whose id matches the regular expression (e.g. '-\d?[13579]$').
 * --summary prints the overall figures only (for a held-out set: per-claim figures and mistakes stay unseen).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadClaimsFile } from '../src/config/claims-file.ts';
import { extractArticleFromBytes } from '../src/extract/extract-article.ts';
import { createMatcher } from '../src/match/create-matcher.ts';
import type { Stance } from '../src/match/types.ts';
import { filterLabelsByIds, readCorpusLabels } from './lib/corpus-labels.ts';
import { classScores, count, type Counts, emptyConfusion, prf } from './lib/corpus-metrics.ts';
import { type EvalFigures, formatReport, type Mistake } from './lib/corpus-report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const summary = args.includes('--summary');
if (verbose && summary) {
  console.error('eval: --verbose shows every mistake and --summary hides them: give one of them');
  process.exit(2);
}
const claimsFile = resolve(root, opt('--claims', 'config/claims.yaml'));
const corpusDir = resolve(root, opt('--corpus', 'test/fixtures/corpus'));

const matcher = createMatcher(loadClaimsFile(claimsFile));
const allLabels = readCorpusLabels(join(corpusDir, 'labels.yaml'));
const idsPattern = args.includes('--ids') ? opt('--ids', '') || null : null;
const labels = filterLabelsByIds(allLabels, idsPattern);
if (idsPattern != null) (json ? console.error : console.log)(`--ids ${idsPattern}: kept ${labels.length} of ${allLabels.length} labelled articles`);
const claimIds = matcher.claims.map((c) => c.id);

const relevance: Counts = { tp: 0, fp: 0, fn: 0 };
const contradiction: Counts = { tp: 0, fp: 0, fn: 0 };
const perClaim = Object.fromEntries(claimIds.map((id) => [id, { related: { tp: 0, fp: 0, fn: 0 }, contradiction: { tp: 0, fp: 0, fn: 0 }, support: { tp: 0, fp: 0, fn: 0 } }]));
const confusion = emptyConfusion();
const mistakes: Mistake[] = [];
const byLang: Record<string, number> = {};
let matchMs = 0;

for (const label of labels) {
  byLang[label.lang] = (byLang[label.lang] ?? 0) + 1;
  const body = readFileSync(join(corpusDir, label.file));
  const page = extractArticleFromBytes(body, { url: label.url, charset: null });
  const t0 = performance.now();
  const verdict = matcher.match({
    url: label.url,
    title: page.title,
    text: page.text,
    publishedAt: page.publishedAt ?? label.publishedAt,
    lang: page.lang,
  });
  matchMs += performance.now() - t0;
  count(relevance, label.relevant, verdict.relevance.relevant);
  if (label.relevant !== verdict.relevance.relevant)
    mistakes.push({ article: label.id, claim: null, gold: label.relevant ? 'relevant' : 'irrelevant', predicted: verdict.relevance.relevant ? 'relevant' : 'irrelevant', detail: `score ${verdict.relevance.score}: ${verdict.relevance.reasons.join('; ')}` });
  for (const v of verdict.claims) {
    const gold: Stance = label.stances[v.claimId] ?? 'unrelated';
    const pred = v.stance;
    confusion[gold][pred]++;
    count(contradiction, gold === 'contradicts', pred === 'contradicts');
    const pc = perClaim[v.claimId]!;
    count(pc.related, gold !== 'unrelated', pred !== 'unrelated');
    count(pc.contradiction, gold === 'contradicts', pred === 'contradicts');
    count(pc.support, gold === 'supports', pred === 'supports');
    if (gold !== pred) mistakes.push({ article: label.id, claim: v.claimId, gold, predicted: pred, detail: `${v.reason}${v.evidence[0] ? ` | "${v.evidence[0].slice(0, 160)}"` : ''}` });
  }
  for (const id of Object.keys(label.stances)) if (!claimIds.includes(id)) throw new Error(`${label.id}: label names unknown claim ${id}`);
}

const scores = classScores(confusion);
const rel = prf(relevance);
const con = prf(contradiction);
const figures: EvalFigures = {
  articles: labels.length,
  byLang,
  extractor: 'extractArticleFromBytes (src/extract)',
  relevance: rel,
  contradiction: con,
  perClaim: Object.fromEntries(Object.entries(perClaim).map(([id, c]) => [id, { related: prf(c.related), contradiction: prf(c.contradiction), support: prf(c.support) }])),
  confusion,
  stanceAccuracy: scores.accuracy,
  macroF1: scores.macroF1,
  perClass: scores.perClass,
  targets: {
    contradictionPrecision: 0.9,
    contradictionRecall: 0.85,
    relevanceF1: 0.95,
    met: (con.precision ?? 0) >= 0.9 && (con.recall ?? 0) >= 0.85 && (rel.f1 ?? 0) >= 0.95,
  },
  mistakes,
  msPerArticle: labels.length ? matchMs / labels.length : 0,
};
if (json) {
  // (with --summary, only the overall figures: no per-claim figures, confusion or mistakes)
  const { perClaim: _perClaim, confusion: _confusion, mistakes: _mistakes, ...overall } = figures;
  console.log(JSON.stringify(summary ? overall : figures, null, 2));
} else console.log(formatReport(figures, verbose ? 'verbose' : summary ? 'summary' : 'default'));
