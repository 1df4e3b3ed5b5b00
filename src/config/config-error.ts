import type { z } from 'zod';

/**
 * A configuration problem that must stop start-up. The message names the file, the entry, the field
 * and the fix, so that one line is enough for the user to correct it.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Turns zod issues into "entry sources[2] (id: belsat-en), field every: ... Fix: ..." sentences. */
export function describeIssues(issues: z.core.$ZodIssue[], data: unknown, listKey: string): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    let where = path.length ? `field ${path.join('.')}` : 'top level';
    if (path[0] === listKey && path[1] !== undefined) {
      const list = (data as Record<string, unknown[]> | null)?.[listKey];
      const entry = Array.isArray(list) ? (list[Number(path[1])] as Record<string, unknown> | undefined) : undefined;
      const label = entry && typeof entry === 'object' && typeof entry.id === 'string' ? ` (id: ${entry.id})` : '';
      const field = path.slice(2).join('.') || '(the entry itself)';
      where = `entry ${listKey}[${path[1]}]${label}, field ${field}`;
    }
    return `${where}: ${issueText(issue)}`;
  });
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Fix: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is missing. Fix: add it (expected ${issue.expected})`;
  }
  return issue.message.includes('Fix:') ? issue.message : `${issue.message}`;
}
