import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The server the Redis adapter tests run against. */
export const TEST_REDIS_URL = process.env.SONGLOOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const START_HINT =
  'Start it with: redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no ' +
  '(or point SONGLOOM_TEST_REDIS_URL at another server).';

/**
 * A connected client, or a rejection saying how to start the server. The client gives up at once
 * instead of retrying forever, so an unreachable server fails the test rather than hanging it.
 */
export async function connectTestRedis(url: string = TEST_REDIS_URL): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  // The socket error arrives as an 'error' event; connect() itself only says "Connection is closed".
  let socketError: Error | undefined;
  redis.on('error', (error: Error) => {
    socketError = error;
  });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    const cause: unknown = socketError ?? error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Redis is not reachable at ${url.replace(/\/\/([^@/]*)@/, '//***@')} (${reason}). ${START_HINT}`);
  }
}

/** A fresh random key prefix; `deleteKeys` removes everything under it. */
export function testPrefix(): string {
  return `songloom-test:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key starting with `prefix`. */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}
