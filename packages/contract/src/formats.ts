/**
 * Formats of the values that travel in responses and callbacks.
 */
import { z } from 'zod';
import { ERROR_CODES } from './codes.ts';
import { CHIRP_MODEL_NAMES } from './models.ts';

/** A task id: 32 lowercase hex characters. */
export const taskIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a task id is 32 lowercase hex characters');

/** An audio (track) id: a UUID. */
export const audioIdSchema = z.uuid();

/** `createTime`: "YYYY-MM-DD HH:mm:ss", UTC. */
export const createTimeSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'createTime is "YYYY-MM-DD HH:mm:ss"');

/** An absolute http(s) link to a file. */
export const fileUrlSchema = z.url({ protocol: /^https?$/ });

/** A file link that is `""` until the file exists (audio of an unfinished track). */
export const pendingFileUrlSchema = z.union([z.literal(''), fileUrlSchema]);

/** Length of a finished track, in seconds. */
export const durationSchema = z.number().positive();

/** `model_name` / `type`: the internal model name. */
export const chirpModelNameSchema = z.enum(CHIRP_MODEL_NAMES);

/** A failure code (every contract code but 200). */
export const errorCodeSchema = z.literal(ERROR_CODES);
