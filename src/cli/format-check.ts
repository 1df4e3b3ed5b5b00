import type { CheckResult } from '../check/check-result.ts';

const STANCE_MARK: Record<string, string> = { supports: '+', contradicts: '✗', discusses: '~', unrelated: ' ' };

/** The text `claimwatch check` prints for one checked URL: relevance, each claim's stance, alerts. */
export function formatCheck(r: CheckResult): string {
  const lines: string[] = [];
  lines.push(`${r.title ?? '(no title)'}`);
  lines.push(`  url:       ${r.canonicalUrl}${r.canonicalUrl !== r.url ? `  (asked: ${r.url})` : ''}`);
  lines.push(`  published: ${r.publishedAt ?? 'unknown'}   lang: ${r.lang ?? 'unknown'}   words: ${r.words}`);
  if (r.skipped === 'duplicate-url') {
    lines.push(`  skipped:   already seen as ${r.duplicateOf}`);
    return lines.join('\n') + '\n';
  }
  const v = r.verdict;
  if (!v) return lines.join('\n') + '\n';
  lines.push(`  relevant:  ${v.relevance.relevant ? 'yes' : 'no'} (score ${v.relevance.score.toFixed(2)})`);
  for (const reason of v.relevance.reasons) lines.push(`             - ${reason}`);
  if (r.skipped === 'duplicate-content') lines.push(`  duplicate: same text as ${r.duplicateOf}; no alert`);
  lines.push('  claims:');
  const width = Math.max(...v.claims.map((c) => c.claimId.length));
  for (const c of v.claims) {
    if (c.stance === 'unrelated') continue;
    lines.push(`   ${STANCE_MARK[c.stance]} ${c.claimId.padEnd(width)}  ${c.stance} (confidence ${c.confidence.toFixed(2)})`);
    if (c.reason) lines.push(`       reason:   ${c.reason}`);
    if (c.evidence[0]) lines.push(`       evidence: "${c.evidence[0]}"`);
  }
  const unrelated = v.claims.filter((c) => c.stance === 'unrelated').length;
  if (unrelated) lines.push(`     (${unrelated} other claim${unrelated > 1 ? 's' : ''} unrelated)`);
  if (v.newFacts.length) {
    lines.push('  new facts:');
    for (const f of v.newFacts) lines.push(`     ${f.kind}: ${f.value}`);
  }
  if (r.alerts.length === 0) lines.push('  alerts:    none');
  else {
    lines.push('  alerts:');
    for (const a of r.alerts) {
      lines.push(`     ${a.alert}${a.claim ? ` ${a.claim}` : ''}  ${a.id}  ${a.logged ? 'logged now' : 'already in the log'}`);
    }
  }
  return lines.join('\n') + '\n';
}
