/**
 * Field schemas shared by request bodies, each failing with a message that names the field, says
 * what was received and what to send instead.
 */
import { z } from 'zod';

/** Longest accepted `callBackUrl`, in characters. */
export const CALLBACK_URL_MAX = 2048;

/** A short description of a received JSON value, for error messages. */
export function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  switch (typeof input) {
    case 'string':
      return `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}...` : input)}`;
    case 'number':
    case 'boolean':
      return `the ${typeof input} ${String(input)}`;
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

/** Length of a text as people count it: in code points, so an emoji counts once. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Whether a text is absent or only whitespace (treated as empty for required fields). */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A required JSON boolean: the strings "true"/"false" and 0/1 are refused. */
export function requiredBoolean(field: string) {
  return z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? `${field} is required: send true or false`
        : `${field} must be a JSON boolean (true or false), not ${describeValue(issue.input)}`,
  });
}

/** An optional string field. */
export function optionalText(field: string) {
  return z.string({ error: (issue) => `${field} must be a string, not ${describeValue(issue.input)}` }).optional();
}

/** A required choice among fixed values; the message lists them. */
export function requiredChoice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  const accepted = values.join(', ');
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${field} is required; accepted values: ${accepted}`
        : `${field} must be one of ${accepted}, not ${describeValue(issue.input)}`,
  });
}

/** An optional absolute http(s) URL (address checks against SSRF happen where it is called). */
export function optionalHttpUrl(field: string) {
  return z
    .string({ error: (issue) => `${field} must be a string URL, not ${describeValue(issue.input)}` })
    .max(CALLBACK_URL_MAX, { error: `${field} is longer than ${CALLBACK_URL_MAX} characters` })
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: (issue) =>
          `${field} must be an absolute http:// or https:// URL (e.g. "https://example.com/callback"), not ${describeValue(issue.input)}`,
      }),
    )
    .optional();
}

function numberField(field: string, expectation: string) {
  return z.number({ error: (issue) => `${field} must be ${expectation}, not ${describeValue(issue.input)}` });
}

function inRange(field: string, min: number, max: number, unit = '') {
  return [
    (value: number) => value >= min && value <= max,
    { error: (issue: { input: unknown }) => `${field} must be between ${min} and ${max}${unit}, not ${String(issue.input)}`, abort: true },
  ] as const;
}

/** An optional weight from 0 to 1 with at most two decimals (0.65 yes, 0.655 no). */
export function optionalWeight(field: string) {
  return numberField(field, 'a number between 0 and 1')
    .refine(...inRange(field, 0, 1))
    .refine((value) => Math.round(value * 100) / 100 === value, {
      error: (issue) => `${field} allows at most two decimals (e.g. 0.65), not ${String(issue.input)}`,
    })
    .optional();
}

/** An optional number within `[min, max]`, e.g. a duration in seconds. */
export function optionalNumberInRange(field: string, min: number, max: number, unit = '') {
  return numberField(field, `a number between ${min} and ${max}${unit}`)
    .refine(...inRange(field, min, max, unit))
    .optional();
}

/** An optional integer within `[min, max]`. */
export function optionalIntegerInRange(field: string, min: number, max: number) {
  return numberField(field, `an integer between ${min} and ${max}`)
    .refine(Number.isInteger, {
      error: (issue) => `${field} must be an integer between ${min} and ${max}, not ${String(issue.input)}`,
      abort: true,
    })
    .refine(...inRange(field, min, max))
    .optional();
}
