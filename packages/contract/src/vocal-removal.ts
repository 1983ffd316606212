/**
 * Vocal removal: the body of `POST /api/v1/vocal-removal/generate`, the `data` of
 * `GET /api/v1/vocal-removal/record-info` and the callback body, with field names exactly as the
 * public contract writes them (camelCase in record-info, snake_case in the callback).
 */
import { z } from 'zod';
import { audioIdSchema, errorCodeSchema, fileUrlSchema, taskIdSchema } from './formats.ts';
import { describeValue, optionalHttpUrl } from './request-fields.ts';
import type { ValidationIssue } from './generate-request.ts';

/** `separate_vocal`: vocals + instrumental; `split_stem`: one file per instrument group. */
export const VOCAL_REMOVAL_TYPES = ['separate_vocal', 'split_stem'] as const;

/** A separation type. */
export type VocalRemovalType = (typeof VOCAL_REMOVAL_TYPES)[number];

/** The `msg` of a successful vocal-removal callback, as the contract spells it. */
export const VOCAL_REMOVAL_CALLBACK_MESSAGE = 'vocal Removal generated successfully.';

/** Statuses (`successFlag`) of a vocal-removal task. */
export const VOCAL_REMOVAL_STATUSES = ['PENDING', 'SUCCESS', 'CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'CALLBACK_EXCEPTION'] as const;

/** The per-instrument links of `split_stem`, null in a `separate_vocal` record. */
export const SPLIT_STEM_URL_FIELDS = [
  'backingVocalsUrl', 'drumsUrl', 'bassUrl', 'guitarUrl', 'keyboardUrl', 'percussionUrl',
  'stringsUrl', 'synthUrl', 'fxUrl', 'brassUrl', 'woodwindsUrl',
] as const;

/** A required id string in a given format; both messages name the field and say what to send. */
function requiredId(field: string, format: z.ZodType<string>, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is required: ${what}` : `${field} must be a string (${what}), not ${describeValue(issue.input)}`,
    })
    .refine((value) => format.safeParse(value).success, {
      error: (issue) => `${field} must be ${what}, not ${describeValue(issue.input)}`,
    });
}

/** Type of each field of the request. Unknown fields are dropped. */
export const vocalRemovalRequestFieldsSchema = z.object({
  taskId: requiredId('taskId', taskIdSchema, 'the 32-hex taskId returned by POST /api/v1/generate'),
  audioId: requiredId('audioId', audioIdSchema, "a track's id (UUID) from record-info's response.sunoData"),
  callBackUrl: optionalHttpUrl('callBackUrl'),
  type: z
    .enum(VOCAL_REMOVAL_TYPES, {
      error: (issue) => `type must be one of ${VOCAL_REMOVAL_TYPES.join(', ')}, not ${describeValue(issue.input)}`,
    })
    .default('separate_vocal'),
});

/** A valid vocal-removal request (`type` defaults to `separate_vocal`). */
export type VocalRemovalRequest = z.output<typeof vocalRemovalRequestFieldsSchema>;

/** Null values count as absent, and so does an empty `callBackUrl` (the caller will poll). */
function withoutEmptyValues(body: object): object {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => value !== null && !(key === 'callBackUrl' && typeof value === 'string' && value.trim() === '')),
  );
}

/** The outcome of {@link validateVocalRemovalRequest}. */
export type VocalRemovalRequestValidation =
  | { ok: true; value: VocalRemovalRequest }
  | { ok: false; code: 400; message: string; issues: ValidationIssue[] };

/** Validates a `POST /api/v1/vocal-removal/generate` body: every problem is a 400 naming its field. */
export function validateVocalRemovalRequest(body: unknown): VocalRemovalRequestValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const message = 'the request body must be a JSON object with taskId and audioId';
    return { ok: false, code: 400, message, issues: [{ path: '', message }] };
  }
  const parsed = vocalRemovalRequestFieldsSchema.safeParse(withoutEmptyValues(body));
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return { ok: false, code: 400, message: issues.map((i) => i.message).join('; '), issues };
}

const nullUrls = Object.fromEntries(SPLIT_STEM_URL_FIELDS.map((field) => [field, fileUrlSchema.nullable()])) as Record<
  (typeof SPLIT_STEM_URL_FIELDS)[number],
  z.ZodNullable<typeof fileUrlSchema>
>;

/**
 * The record-info `data`. Times are milliseconds since the epoch here (unlike generate's
 * "YYYY-MM-DD HH:mm:ss"); `musicId` and `audioId` both name the source track, `musicIndex` is its
 * place (0 or 1) in its task.
 */
export const vocalRemovalRecordSchema = z.strictObject({
  taskId: taskIdSchema,
  musicId: audioIdSchema,
  audioId: audioIdSchema,
  musicIndex: z.int().min(0),
  callbackUrl: z.string().nullable(),
  completeTime: z.int().positive().nullable(),
  response: z.strictObject({
    originUrl: fileUrlSchema.nullable(),
    instrumentalUrl: fileUrlSchema.nullable(),
    vocalUrl: fileUrlSchema.nullable(),
    ...nullUrls,
  }),
  successFlag: z.enum(VOCAL_REMOVAL_STATUSES),
  createTime: z.int().positive(),
  errorCode: errorCodeSchema.nullable(),
  errorMessage: z.string().nullable(),
});

/** The vocal-removal record-info `data`. */
export type VocalRemovalRecord = z.output<typeof vocalRemovalRecordSchema>;

/** The body POSTed to `callBackUrl` once the separation is done (one stage only: complete). */
export const vocalRemovalCallbackSchema = z.strictObject({
  code: z.literal(200),
  msg: z.literal(VOCAL_REMOVAL_CALLBACK_MESSAGE),
  data: z.strictObject({
    task_id: taskIdSchema,
    vocal_removal_info: z.strictObject({
      instrumental_url: fileUrlSchema,
      origin_url: fileUrlSchema,
      vocal_url: fileUrlSchema,
    }),
  }),
});

/** A vocal-removal callback body. */
export type VocalRemovalCallback = z.output<typeof vocalRemovalCallbackSchema>;
