import { Hono } from 'hono';
import { getVocalRemovalDetails } from '../../services/get-vocal-removal-details.ts';
import { submitVocalRemoval } from '../../services/submit-vocal-removal.ts';
import type { VocalRemovalDeps } from '../../services/vocal-removal-deps.ts';
import type { AppEnv } from '../context.ts';
import { success } from '../envelope.ts';
import { readJsonBody } from '../middleware/json-body.ts';

/** POST /vocal-removal/generate and GET /vocal-removal/record-info; mount under /api/v1 behind auth (`apiRoutes`). */
export function createVocalRemovalRoutes(deps: VocalRemovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/vocal-removal/generate', async (c) => {
    const { body } = readJsonBody(c);
    return success(c, { taskId: await submitVocalRemoval(deps, c.get('apiKey'), body) });
  });
  app.get('/vocal-removal/record-info', async (c) =>
    success(c, await getVocalRemovalDetails(deps, c.get('apiKey'), c.req.query('taskId'))),
  );
  return app;
}
