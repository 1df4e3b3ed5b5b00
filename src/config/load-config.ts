import { loadClaimsFile } from './claims-file.ts';
import { ConfigError } from './config-error.ts';
import type { Env } from './env.ts';
import { loadSourcesFile, type Source } from './sources-file.ts';

export interface Config {
  sources: Source[];
  claims: ReturnType<typeof loadClaimsFile>;
}

/** Loads and validates both files; problems in either stop start-up with every problem named. */
export function loadConfig(env: Pick<Env, 'SOURCES_FILE' | 'CLAIMS_FILE'>): Config {
  const errors: ConfigError[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ConfigError) errors.push(err);
      else throw err;
      return undefined;
    }
  };
  const sources = attempt(() => loadSourcesFile(env.SOURCES_FILE));
  const claims = attempt(() => loadClaimsFile(env.CLAIMS_FILE));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ConfigError(errors.map((e) => e.file).join(' and '), errors.map((e) => e.message));
  return { sources: sources!, claims: claims! };
}
