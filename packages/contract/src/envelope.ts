/**
 * The envelope every JSON response travels in: `{ code, msg, data }`.
 */
import { z } from 'zod';
import { ERROR_CODES } from './codes.ts';

/** A success envelope around `data`: `{ code: 200, msg: "success", data }`. */
export function successEnvelopeSchema<T extends z.ZodType>(data: T) {
  return z.strictObject({ code: z.literal(200), msg: z.literal('success'), data });
}

/** One problem with a request, as sent in `data.issues` of a 400 (ours). */
export const issueSchema = z.strictObject({ path: z.string(), message: z.string().min(1) });

/** An error response: a failure code, a reason, and for invalid requests the issues. */
export const errorResponseSchema = z.strictObject({
  code: z.literal(ERROR_CODES),
  msg: z.string().min(1),
  data: z.union([z.null(), z.strictObject({ issues: z.array(issueSchema).min(1) })]),
});

/** An error response. */
export type ErrorResponse = z.output<typeof errorResponseSchema>;

/** One problem with a request. */
export type Issue = z.output<typeof issueSchema>;
