import { coreSchema } from './001-core.ts';

/** One schema change, applied once in its own transaction and recorded in `schema_migrations`. */
export interface PostgresMigration {
  id: string;
  sql: string;
}

/** Applied in this order, each once. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [coreSchema];
