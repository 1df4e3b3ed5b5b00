import type { AlertRecord } from './read-alert-log.ts';

export interface FormatOptions {
  color: boolean;
  /** For the "(2h ago)" note; defaults to the current time. */
  now?: number;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR overrides. */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const SGR = { bold: 1, dim: 2, underline: 4, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof SGR;

/** One readable block per alert: a headline (kind, time, title), then one labelled line per field. */
export function formatAlert(a: AlertRecord, opts: FormatOptions): string {
  const paint = (text: string, ...styles: Style[]): string =>
    opts.color && styles.length ? `\x1b[${styles.map((s) => SGR[s]).join(';')}m${text}\x1b[0m` : text;
  const now = opts.now ?? Date.now();
  const kind = a.alert === 'contradiction' ? paint('CONTRADICTION', 'bold', 'red') : paint('NEW', 'bold', 'green');
  const lines = [`${kind}  ${formatTime(a.time)} ${paint(`(${ago(now - a.time)})`, 'dim')}  ${paint(a.title ?? '(no title)', 'bold')}`];
  const field = (label: string, value: string | undefined | null): void => {
    if (value === undefined || value === null || value === '') return;
    lines.push(`  ${paint(label.padEnd(12), 'dim')}${value}`);
  };

  field('source', a.source + (a.publishedAt ? `  ${paint('published', 'dim')} ${a.publishedAt}` : ''));
  if (a.alert === 'contradiction') {
    field('claim', paint(a.claim, 'yellow'));
    field('evidence', `“${a.evidence}”`);
    field('reason', a.reason);
    field('confidence', a.confidence.toFixed(2));
  } else {
    field('supports', a.supports.join(', ') || undefined);
    field('contradicts', a.contradicts.length ? paint(a.contradicts.join(', '), 'yellow') : undefined);
    field('discusses', a.discusses.join(', ') || undefined);
    field('relevance', `${a.relevance.toFixed(2)}${a.reasons.length ? ` (${a.reasons.join('; ')})` : ''}`);
    for (const fact of a.facts) field(`fact`, `${fact.kind} ${fact.value}: “${fact.sentence}”`);
  }
  field('url', paint(a.url, 'cyan', 'underline'));
  field('id', paint(a.id, 'dim'));
  return lines.join('\n');
}

function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.round(s / 60)}m ago`;
  if (s < 86_400 * 2) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86_400)}d ago`;
}
