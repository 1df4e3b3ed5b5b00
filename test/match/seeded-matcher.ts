import { fileURLToPath } from 'node:url';
import { loadClaimsFile } from '../../src/config/claims-file.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import type { ClaimVerdict, Verdict } from '../../src/match/types.ts';

/** The engine on the project's own claims file, built once for all tests. */
export const seeded = createMatcher(loadClaimsFile(fileURLToPath(new URL('../../config/claims.yaml', import.meta.url))));

export function check(text: string, opts: { title?: string; publishedAt?: string } = {}): Verdict {
  return seeded.match({ url: 'https://test.example/a', title: opts.title ?? null, text, publishedAt: opts.publishedAt ?? '2024-08-25', lang: null });
}

export function claim(v: Verdict, id: string): ClaimVerdict {
  const c = v.claims.find((x) => x.claimId === id);
  if (!c) throw new Error(`no verdict for ${id}`);
  return c;
}

/** claim id -> stance, for the claims that are not unrelated */
export function stances(v: Verdict): Record<string, string> {
  return Object.fromEntries(v.claims.filter((c) => c.stance !== 'unrelated').map((c) => [c.claimId, c.stance]));
}
