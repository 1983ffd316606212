import { coreSchema } from './001-core.ts';
import { callbacksSchema } from './002-callbacks.ts';
import { vocalRemovalSchema } from './003-vocal-removal.ts';
import { workerBeatsSchema } from './004-worker-beats.ts';

export interface Migration {
  id: string;
  sql: string;
}

/** Applied in this order, each once. */
export const MIGRATIONS: readonly Migration[] = [coreSchema, callbacksSchema, vocalRemovalSchema, workerBeatsSchema];
