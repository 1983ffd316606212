import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../domain/app-error.ts';
import type { TaskStore } from '../../ports/task-store.ts';
import type { AppEnv } from '../context.ts';

/** `Authorization: Bearer <key>` on every /api/v1 call; sets `apiKey` on the context. */
export function requireApiKey(store: TaskStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      throw new AppError('unauthorized', 'Missing API key: send the header "Authorization: Bearer <your key>" (create one with `npx songloom keys create`).');
    }
    const apiKey = await store.findKey(match[1]);
    if (!apiKey) throw new AppError('unauthorized', 'Invalid API key: check the key, or create one with `npx songloom keys create`.');
    c.set('apiKey', apiKey);
    await next();
  };
}
