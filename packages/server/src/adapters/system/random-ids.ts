import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { IdSource } from '../../domain/ids.ts';

export const randomIds: IdSource = {
  taskId: () => randomBytes(16).toString('hex'),
  trackId: () => randomUUID(),
  apiKey: () => `sk_${randomBytes(24).toString('base64url')}`,
  webhookSecret: () => `whsec_${randomBytes(32).toString('base64')}`,
  seed: () => randomInt(0, 2 ** 32 - 1),
};
