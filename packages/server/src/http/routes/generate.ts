import { Hono } from 'hono';
import { getTaskDetails } from '../../services/get-task-details.ts';
import { getTimestampedLyrics } from '../../services/get-timestamped-lyrics.ts';
import type { ServiceDeps } from '../../services/service-deps.ts';
import { submitTask } from '../../services/submit-task.ts';
import type { AppEnv } from '../context.ts';
import { success } from '../envelope.ts';
import { readJsonBody } from '../middleware/json-body.ts';

/** POST /generate, GET /generate/record-info, GET /generate/credit, POST /generate/get-timestamped-lyrics (under /api/v1). */
export function createGenerateRoutes(deps: ServiceDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/generate', async (c) => {
    const { raw, body } = readJsonBody(c);
    const taskId = await submitTask(deps, c.get('apiKey'), body, raw);
    return success(c, { taskId });
  });
  app.get('/generate/record-info', async (c) => success(c, await getTaskDetails(deps, c.get('apiKey'), c.req.query('taskId'))));
  app.get('/generate/credit', async (c) => {
    const key = await deps.store.findKeyById(c.get('apiKey').id);
    return success(c, key?.credits ?? 0);
  });
  app.post('/generate/get-timestamped-lyrics', async (c) => {
    const { body } = readJsonBody(c);
    return success(c, await getTimestampedLyrics(deps, c.get('apiKey'), body));
  });
  return app;
}
