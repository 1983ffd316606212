/**
 * The body of `POST /api/v1/generate`: field types, required fields by mode, length limits by
 * model, and {@link validateGenerateRequest}, which turns any JSON into a typed request or into the
 * contract's 400 / 413 answer.
 */
import { z } from 'zod';
import { MODEL_LIMITS, MODEL_MAX_SECONDS, MODEL_NAMES } from './models.ts';
import {
  characterCount,
  describeValue,
  isBlank,
  optionalHttpUrl,
  optionalIntegerInRange,
  optionalNumberInRange,
  optionalText,
  optionalWeight,
  requiredBoolean,
  requiredChoice,
} from './request-fields.ts';

/** Shortest and longest `duration` (ours), in seconds; each model may allow less (see MODEL_MAX_SECONDS). */
export const DURATION_RANGE = { min: 10, max: 480 } as const;

/** Largest `seed` (ours): seeds are unsigned 32-bit integers. */
export const SEED_MAX = 0xffff_ffff;

/**
 * Types and ranges of each field, without the rules that tie fields together. Unknown fields are
 * dropped (clients send extra things).
 */
export const generateRequestFieldsSchema = z.object({
  customMode: requiredBoolean('customMode'),
  instrumental: requiredBoolean('instrumental'),
  model: requiredChoice('model', MODEL_NAMES),
  callBackUrl: optionalHttpUrl('callBackUrl'),
  prompt: optionalText('prompt'),
  style: optionalText('style'),
  title: optionalText('title'),
  negativeTags: optionalText('negativeTags'),
  vocalGender: z
    .enum(['m', 'f'], { error: (issue) => `vocalGender must be "m" or "f", not ${describeValue(issue.input)}` })
    .optional(),
  styleWeight: optionalWeight('styleWeight'),
  weirdnessConstraint: optionalWeight('weirdnessConstraint'),
  audioWeight: optionalWeight('audioWeight'),
  personaId: optionalText('personaId'),
  duration: optionalNumberInRange('duration', DURATION_RANGE.min, DURATION_RANGE.max, ' seconds'),
  seed: optionalIntegerInRange('seed', 0, SEED_MAX),
});

/** A valid generate request. */
export type GenerateRequest = z.output<typeof generateRequestFieldsSchema>;

/** One problem with a request: the field (dotted path, '' for the body itself) and what is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** A problem found by the cross-field rules, with the code it earns (413: a text is too long). */
export interface RuleIssue extends ValidationIssue {
  code: 400 | 413;
}

function lengthIssue(field: string, text: string | undefined, max: number, scope: string): RuleIssue[] {
  if (text === undefined) return [];
  const length = characterCount(text);
  return length > max ? [{ path: field, code: 413, message: `${field} is ${length} characters; ${scope} allows at most ${max}` }] : [];
}

function required(field: string, text: string | undefined, message: string): RuleIssue[] {
  return isBlank(text) ? [{ path: field, code: 400, message }] : [];
}

function nonCustomIssues(request: GenerateRequest): RuleIssue[] {
  const limit = MODEL_LIMITS[request.model].nonCustomPrompt;
  return [
    ...required('prompt', request.prompt, `prompt is required when customMode is false: describe the song in up to ${limit} characters`),
    ...lengthIssue('prompt', request.prompt, limit, 'non-custom mode (customMode false)'),
  ];
}

function customIssues(request: GenerateRequest): RuleIssue[] {
  const limits = MODEL_LIMITS[request.model];
  const scope = `model ${request.model}`;
  const issues = [
    ...required('style', request.style, 'style is required when customMode is true: give style tags, e.g. "lofi hip hop, mellow"'),
    ...required('title', request.title, 'title is required when customMode is true'),
  ];
  if (!request.instrumental) {
    issues.push(
      ...required(
        'prompt',
        request.prompt,
        'prompt (the lyrics) is required when customMode is true and instrumental is false: send the lyrics, or set instrumental to true',
      ),
    );
    issues.push(...lengthIssue('prompt', request.prompt, limits.customPrompt, scope));
  }
  issues.push(...lengthIssue('style', request.style, limits.style, scope));
  issues.push(...lengthIssue('title', request.title, limits.title, scope));
  return issues;
}

function durationIssues(request: GenerateRequest): RuleIssue[] {
  const max = MODEL_MAX_SECONDS[request.model];
  if (request.duration === undefined || request.duration <= max) return [];
  return [{ path: 'duration', code: 400, message: `duration is ${request.duration} seconds; model ${request.model} allows at most ${max}` }];
}

/** The rules that tie fields together: required content per mode, lengths per model, duration per model. */
export function checkGenerateRules(request: GenerateRequest): RuleIssue[] {
  const modeIssues = request.customMode ? customIssues(request) : nonCustomIssues(request);
  return [...modeIssues, ...durationIssues(request)];
}

/**
 * Drops the fields the mode ignores, so that consumers never act on them: in non-custom mode the
 * style, title, vocal gender and persona are generated or not applicable.
 */
function withoutIgnoredFields(request: GenerateRequest): GenerateRequest {
  if (request.customMode) return request;
  const { style: _style, title: _title, vocalGender: _vocalGender, personaId: _personaId, ...kept } = request;
  return kept;
}

/**
 * Null-valued fields count as absent (many client libraries serialise unset options as null), and
 * so does an empty `callBackUrl` (the caller will poll).
 */
function withoutEmptyValues(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const kept = Object.entries(body).filter(
    ([key, value]) => value !== null && !(key === 'callBackUrl' && typeof value === 'string' && value.trim() === ''),
  );
  return Object.fromEntries(kept);
}

/**
 * The whole body schema: field types, then the cross-field rules (their issues carry
 * `params.contractCode`, 413 for lengths), then the fields the mode ignores are left out.
 */
export const generateRequestSchema = z
  .preprocess(
    withoutEmptyValues,
    generateRequestFieldsSchema.superRefine((request, ctx) => {
      for (const issue of checkGenerateRules(request)) {
        ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, params: { contractCode: issue.code } });
      }
    }),
  )
  .transform(withoutIgnoredFields);

/** The outcome of {@link validateGenerateRequest}. */
export type GenerateRequestValidation =
  | { ok: true; value: GenerateRequest }
  | { ok: false; code: 400 | 413; message: string; issues: ValidationIssue[] };

function contractCodeOf(issue: z.core.$ZodIssue): 400 | 413 {
  return issue.code === 'custom' && issue.params?.['contractCode'] === 413 ? 413 : 400;
}

/**
 * Validates a `POST /api/v1/generate` body. Field types and ranges are checked first (400); then
 * the required content of the mode (400), the duration against the model (400) and the text
 * lengths against the model (413). The answer is 413 only when every problem is a length.
 * On success, unknown fields, null values and the fields the mode ignores are left out.
 */
export function validateGenerateRequest(body: unknown): GenerateRequestValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const message = 'the request body must be a JSON object with customMode, instrumental and model';
    return { ok: false, code: 400, message, issues: [{ path: '', message }] };
  }
  const parsed = generateRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues;
  return {
    ok: false,
    code: issues.some((issue) => contractCodeOf(issue) === 400) ? 400 : 413,
    message: issues.map((issue) => issue.message).join('; '),
    issues: issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
