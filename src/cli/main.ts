#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.ts';
import { alertsCommand } from './alerts-command.ts';
import { checkCommand } from './check-command.ts';
import { configCommand } from './config-command.ts';
import { EXIT_FAILED, EXIT_USAGE, UsageError } from './exit-codes.ts';
import { sourcesCommand } from './sources-command.ts';
import { startCommand } from './start-command.ts';

/** `claimwatch <command>`: the bin and the npm scripts call the same code. */
export function buildProgram(): Command {
  const program = new Command('claimwatch')
    .description('watch news feeds for reports that support or contradict seeded claims')
    .showHelpAfterError()
    .exitOverride();
  for (const cmd of [startCommand(), checkCommand(), alertsCommand(), sourcesCommand(), configCommand()]) {
    program.addCommand(cmd.exitOverride());
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`claimwatch: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`claimwatch: invalid configuration: ${err.message}\n`);
      return EXIT_FAILED;
    }
    process.stderr.write(`claimwatch: ${(err as Error).message ?? err}\n`);
    return EXIT_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2));
