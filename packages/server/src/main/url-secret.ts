import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.ts';

/** The file-link signing secret: configured, or generated on first start and kept in the data dir. */
export function urlSecret(config: Config): string {
  if (config.URL_SECRET) return config.URL_SECRET;
  const file = path.join(config.DATA_DIR, 'url-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
