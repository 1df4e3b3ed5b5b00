import { FetchError } from '../fetch/fetch-error.ts';

export interface ErrorDescription {
  stage: string;
  kind: string;
  message: string;
  status?: string;
  permanent: boolean;
  retryAfterMs?: number;
}

/**
 * Every caught value goes through here: stage errors carry their stage, kind and whether retrying can
 * help; anything else is an unexpected bug in a stage and is worth retrying once or twice.
 */
export function describeError(err: unknown): ErrorDescription {
  if (err instanceof FetchError) {
    return {
      stage: 'fetch',
      kind: err.kind,
      message: err.message,
      ...(err.status !== undefined ? { status: String(err.status) } : {}),
      permanent: err.permanent,
      ...(err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs } : {}),
    };
  }
  if (err instanceof Error) {
    const e = err as Error & { stage?: unknown; kind?: unknown; permanent?: unknown };
    return {
      stage: typeof e.stage === 'string' ? e.stage : 'unknown',
      kind: typeof e.kind === 'string' ? e.kind : e.name,
      message: e.message,
      // Typed stage errors (feed, extract) say whether they are permanent; unknown errors may be transient.
      permanent: typeof e.permanent === 'boolean' ? e.permanent : typeof e.kind === 'string',
    };
  }
  return { stage: 'unknown', kind: 'unknown', message: String(err), permanent: false };
}
