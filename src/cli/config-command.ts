import { Command } from 'commander';
import { formatDuration } from '../config/duration.ts';
import { loadEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { createMatcher } from '../match/create-matcher.ts';
import { renderTable } from './sources-command.ts';

export function configCommand(): Command {
  const config = new Command('config').description('work with the configuration files');
  config
    .command('check')
    .description('validate the sources and claims files and print what the worker would schedule')
    .action(() => {
      const env = loadEnv();
      const { sources, claims } = loadConfig(env);
      const matcher = createMatcher(claims);
      process.stdout.write(`${env.SOURCES_FILE}: ${sources.length} sources, ${sources.filter((s) => s.enabled).length} enabled\n`);
      process.stdout.write(
        renderTable(
          sources.map((s) => ({
            id: s.id,
            type: s.type,
            every: formatDuration(s.every),
            schedule: s.enabled ? 'yes' : 'no (disabled)',
            'state-run': s.stateRun ? 'yes' : '',
            url: s.url,
          })),
        ),
      );
      process.stdout.write(`\n${env.CLAIMS_FILE}: ${matcher.claims.length} claims\n`);
      for (const c of matcher.claims) process.stdout.write(`  ${c.id}: ${c.statement}\n`);
      process.stdout.write('\nconfiguration OK\n');
    });
  return config;
}
