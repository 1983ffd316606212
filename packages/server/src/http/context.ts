import type { ApiKey } from '../domain/api-key.ts';

/** Values middleware puts on the Hono context. */
export interface AppEnv {
  Variables: {
    apiKey: ApiKey;
    requestId: string;
  };
}
