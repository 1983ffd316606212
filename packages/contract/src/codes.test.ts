import { describe, expect, it } from 'vitest';
import { CODE_INFO, CONTRACT_CODES, ERROR_CODES, httpStatusOf, isTerminalStatus, TASK_STATUSES } from './codes.ts';
import { MODEL_LIMITS, MODEL_MAX_SECONDS, MODEL_NAMES, modelName } from './models.ts';
import { errorResponseSchema } from './envelope.ts';
import { creditResponseSchema, generateResponseSchema } from './responses.ts';

const HTTP_STATUS_CODES = [200, 400, 401, 404, 405, 409, 413, 429, 500];

describe('codes', () => {
  it('send HTTP codes with the same HTTP status', () => {
    for (const code of HTTP_STATUS_CODES) expect(httpStatusOf(code as never)).toBe(code);
  });

  it('send non-HTTP codes with a status of the same family that is not another meaning', () => {
    expect(httpStatusOf(430)).toBe(405);
    expect(httpStatusOf(455)).toBe(503);
    expect(httpStatusOf(501)).toBe(500);
    expect(httpStatusOf(531)).toBe(500);
    // 455 (maintenance) is a server-side state despite its number, so it travels as 503.
    for (const code of CONTRACT_CODES.filter((c) => c !== 455)) {
      expect(Math.floor(httpStatusOf(code) / 100)).toBe(Math.floor(code / 100));
    }
    expect(CONTRACT_CODES.filter((code) => httpStatusOf(code) === 429)).toEqual([429]);
  });

  it('list every code but 200 as an error code, each with a meaning', () => {
    expect([...ERROR_CODES]).toEqual(CONTRACT_CODES.filter((code) => code !== 200));
    for (const code of CONTRACT_CODES) expect(CODE_INFO[code].meaning.length).toBeGreaterThan(0);
  });

  it('mark the final statuses', () => {
    expect(TASK_STATUSES.filter(isTerminalStatus)).toEqual([
      'SUCCESS',
      'CREATE_TASK_FAILED',
      'GENERATE_AUDIO_FAILED',
      'SENSITIVE_WORD_ERROR',
      'CALLBACK_EXCEPTION',
    ]);
  });
});

describe('models', () => {
  it('map each model to its wire name, limits and length', () => {
    expect(MODEL_NAMES.map(modelName)).toEqual([
      'chirp-v3-5',
      'chirp-v4',
      'chirp-auk',
      'chirp-bluejay',
      'chirp-auk',
      'chirp-crow',
      'chirp-fenix',
    ]);
    expect(MODEL_NAMES.map((model) => MODEL_MAX_SECONDS[model])).toEqual([240, 240, 480, 480, 480, 480, 480]);
    for (const model of MODEL_NAMES) expect(MODEL_LIMITS[model].nonCustomPrompt).toBe(500);
  });
});

describe('envelopes', () => {
  it('accept an invalid-request error with issues, and errors with null data', () => {
    const issues = [{ path: 'title', message: 'title is required when customMode is true' }];
    expect(errorResponseSchema.safeParse({ code: 400, msg: issues[0]?.message, data: { issues } }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ code: 429, msg: 'Insufficient credits', data: null }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ code: 200, msg: 'success', data: null }).success).toBe(false);
    expect(errorResponseSchema.safeParse({ code: 400, msg: 'x', data: { issues: [] } }).success).toBe(false);
  });

  it('are exact for generate and credit responses', () => {
    expect(generateResponseSchema.safeParse({ code: 200, msg: 'success', data: { taskId: 'A'.repeat(32) } }).success).toBe(false);
    expect(creditResponseSchema.safeParse({ code: 200, msg: 'success', data: 1.5 }).success).toBe(false);
    expect(creditResponseSchema.safeParse({ code: 200, msg: 'success', data: 0, extra: 1 }).success).toBe(false);
    expect(creditResponseSchema.safeParse({ code: 200, msg: 'ok', data: 0 }).success).toBe(false);
  });
});
