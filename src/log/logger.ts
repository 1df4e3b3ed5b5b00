import { pino, type Logger } from 'pino';

/** The operational log (not the alert log): JSON lines on stdout, fields named the same everywhere. */
export function createLogger(level: string, destination: number = 1): Logger {
  return pino({ level, base: { service: 'claimwatch' } }, pino.destination({ dest: destination, sync: false }));
}

export type { Logger };
