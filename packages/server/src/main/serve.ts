import type { Config } from '../config/config.ts';
import { createApiKey } from '../services/keys.ts';
import { startServer } from './server.ts';

/** `songloom serve`: the HTTP server with in-process workers; creates and prints a first key on a fresh data dir. */
export async function serve(config: Config): Promise<void> {
  const server = await startServer(config);
  const keys = await server.parts.store.listKeys();
  if (keys.length === 0) {
    const key = await createApiKey(server.parts, { name: 'default', credits: config.INITIAL_CREDITS });
    console.log(`\nFirst start: created an API key with ${key.credits} credits (shown once, keep it):\n\n  ${key.key}\n`);
    console.log('Make more with `npx songloom keys create --name NAME --credits N`; list them with `npx songloom keys list`.\n');
  }
  console.log(`songloom listening on ${server.url} (workers: ${config.WORKERS}, data: ${config.DATA_DIR})`);
  console.log(`Dashboard: ${server.url}/   API: ${server.url}/api/v1/generate`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight work, then stopping...`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
