/**
 * Responses of the generate, credit and record-info endpoints.
 */
import { z } from 'zod';
import { successEnvelopeSchema } from './envelope.ts';
import { taskIdSchema } from './formats.ts';
import { recordInfoDataSchema } from './record-info.ts';

/** `POST /api/v1/generate`: the id of the new task. */
export const generateResponseSchema = successEnvelopeSchema(z.strictObject({ taskId: taskIdSchema }));

/** `GET /api/v1/generate/credit`: the key's remaining credits, a bare integer. */
export const creditResponseSchema = successEnvelopeSchema(z.int().nonnegative());

/** `GET /api/v1/generate/record-info`: the task's state and tracks. */
export const recordInfoResponseSchema = successEnvelopeSchema(recordInfoDataSchema);

/** A generate response. */
export type GenerateResponse = z.output<typeof generateResponseSchema>;
/** A credit response. */
export type CreditResponse = z.output<typeof creditResponseSchema>;
/** A record-info response. */
export type RecordInfoResponse = z.output<typeof recordInfoResponseSchema>;
