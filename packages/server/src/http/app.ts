import { Hono } from 'hono';
import { AppError } from '../domain/app-error.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { AppEnv } from './context.ts';
import { errorResponse } from './envelope.ts';
import { requireApiKey } from './middleware/auth.ts';
import { bodyLimit } from './middleware/body-limit.ts';
import { createFileRoutes } from './routes/files.ts';
import type { LiveStreamSettings } from './routes/live-stream-response.ts';
import { createGenerateRoutes } from './routes/generate.ts';

export interface AppOptions {
  maxBodyBytes: number;
  /** Extra /api/v1 routes (behind auth), e.g. the callback routes. */
  apiRoutes?: Array<Hono<AppEnv>>;
  /** Pages and assets outside /api (the dashboard). */
  pageRoutes?: Hono[];
  /** What /readyz reports: each check with whether it passes. */
  readiness?: () => Promise<Record<string, { ok: boolean; detail: string }>>;
  /** Live stream polling and slow-listener settings. */
  stream?: Partial<LiveStreamSettings>;
}

/** The whole HTTP surface as a web-standard app; `app.request()` runs it in-process for tests. */
export function createApp(deps: ServiceDeps, options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let requestCounter = 0;
  app.use(async (c, next) => {
    c.set('requestId', c.req.header('x-request-id') ?? `req_${(++requestCounter).toString(36)}`);
    await next();
  });
  app.use(bodyLimit(options.maxBodyBytes));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const checks = (await options.readiness?.()) ?? {};
    const ready = Object.values(checks).every((check) => check.ok);
    return c.json({ ready, checks }, ready ? 200 : 503);
  });
  const fileDeps = { store: deps.store, blobs: deps.blobs, urls: deps.urls, clock: deps.clock };
  app.route('/', createFileRoutes(options.stream === undefined ? fileDeps : { ...fileDeps, stream: options.stream }));
  const api = new Hono<AppEnv>();
  api.use(requireApiKey(deps.store));
  api.route('/', createGenerateRoutes(deps));
  for (const routes of options.apiRoutes ?? []) api.route('/', routes);
  app.route('/api/v1', api);
  for (const routes of options.pageRoutes ?? []) app.route('/', routes);
  app.notFound((c) =>
    errorResponse(c, new AppError('not_found', 'No such endpoint: see docs/api.md for the paths and methods songloom serves.'), deps.logger),
  );
  app.onError((error, c) => errorResponse(c, error, deps.logger));
  return app;
}
