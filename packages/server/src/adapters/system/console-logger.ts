import type { LogFields, Logger } from '../../ports/logger.ts';

/** One JSON line per event on stderr. */
export function createConsoleLogger(options: { silent?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields?: LogFields): void => {
    if (options.silent) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
