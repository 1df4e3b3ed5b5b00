import { buildAlerts } from '../../src/alert/build-alerts.ts';
import { loadClaimsFile } from '../../src/config/claims-file.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { canonicalizeUrl } from '../../src/url/canonical-url.ts';
import { alertKey } from './alert-file.ts';

/**
 * The alerts one clean, single-process evaluation gives for a page: extract, match and build alerts in
 * this process, the way checkUrl does. The fault tests then check that the distributed worker, through
 * kills, restarts and several processes, logs exactly these: no fewer, no more.
 */
export function createAlertOracle(claimsFile: string) {
  const matcher = createMatcher(loadClaimsFile(claimsFile));
  return (page: { url: string; html: string; source: string }): string[] => {
    const article = extractArticle(page.html, { url: page.url });
    const url = canonicalizeUrl(article.canonicalUrl ?? page.url, page.url);
    const verdict = matcher.match({ url, title: article.title, text: article.text, publishedAt: article.publishedAt, lang: article.lang });
    const alerts = buildAlerts(
      { key: url, url, title: article.title, source: page.source, publishedAt: article.publishedAt, lang: article.lang ?? verdict.lang },
      verdict,
    );
    return alerts.map((a) => alertKey({ alert: a.alert, url: a.url, ...(a.alert === 'contradiction' ? { claim: a.claim } : {}) }));
  };
}
