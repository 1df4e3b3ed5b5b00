import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start worker processes and a loopback server: give them room, never sleep.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: files in parallel, each with its own QUEUE_PREFIX, keeps CI within budget.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/support/count-reporter.ts'],
  },
});
