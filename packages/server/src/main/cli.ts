import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { runKeysCommand } from './keys-command.ts';

const USAGE = `songloom — a self-hostable music generation service (Suno API contract)

Usage:
  songloom serve                     start the HTTP server and in-process workers (default)
  songloom work                      run a worker process only (shares the data dir's queue)
  songloom keys create [--name N] [--credits N]
  songloom keys list
  songloom keys credit <key> <+N|-N>
  songloom keys secret <key> [--rotate]

Settings come from SONGLOOM_* environment variables; see docs/configuration.md.`;

async function main(argv: string[]): Promise<void> {
  // "-100" (take credits) is a value, not an option: parseArgs would read it as flags.
  const numbers = /^-\d+$/;
  const parsed = parseArgs({
    args: argv.map((a) => (numbers.test(a) ? `\u0000${a}` : a)),
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      credits: { type: 'string' },
      rotate: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values } = parsed;
  const positionals = parsed.positionals.map((p) => p.replace(/^\u0000/, ''));
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [command = 'serve', ...rest] = positionals;
  const config = readConfig();
  switch (command) {
    case 'serve': {
      const { serve } = await import('./serve.ts');
      await serve(config);
      return;
    }
    case 'work': {
      const { work } = await import('./work.ts');
      await work(config);
      return;
    }
    case 'keys':
      await runKeysCommand(config, rest, values);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

export class UsageError extends Error {}

function readConfig(): Config {
  return loadConfig(process.env);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  if (error instanceof UsageError || String((error as { code?: unknown } | null)?.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(64);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
