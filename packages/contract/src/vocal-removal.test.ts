import { describe, expect, it } from 'vitest';
import {
  SPLIT_STEM_URL_FIELDS,
  validateVocalRemovalRequest,
  vocalRemovalCallbackSchema,
  vocalRemovalRecordSchema,
} from './vocal-removal.ts';

const taskId = '5b4fcd068ad1bf9a94454e66c662a771';
const audioId = '36c27af3-fd0a-4181-90c8-fc2299d4fecd';

function issuesOf(body: unknown): Array<{ path: string; message: string }> {
  const result = validateVocalRemovalRequest(body);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.code).toBe(400);
  return result.issues;
}

describe('validateVocalRemovalRequest', () => {
  it('accepts taskId + audioId and defaults type to separate_vocal; null and empty callBackUrl mean absent', () => {
    expect(validateVocalRemovalRequest({ taskId, audioId })).toEqual({ ok: true, value: { taskId, audioId, type: 'separate_vocal' } });
    expect(validateVocalRemovalRequest({ taskId, audioId, callBackUrl: '', type: null, extra: 1 })).toEqual({
      ok: true,
      value: { taskId, audioId, type: 'separate_vocal' },
    });
    const full = validateVocalRemovalRequest({ taskId, audioId, callBackUrl: 'https://example.com/hook', type: 'split_stem' });
    expect(full).toEqual({ ok: true, value: { taskId, audioId, callBackUrl: 'https://example.com/hook', type: 'split_stem' } });
  });

  it('names each missing or malformed field', () => {
    expect(issuesOf({})).toEqual([
      { path: 'taskId', message: expect.stringMatching(/^taskId is required/) },
      { path: 'audioId', message: expect.stringMatching(/^audioId is required/) },
    ]);
    expect(issuesOf({ taskId: 'abc', audioId })).toEqual([{ path: 'taskId', message: expect.stringContaining('32-hex') }]);
    expect(issuesOf({ taskId, audioId: 42 })).toEqual([{ path: 'audioId', message: expect.stringContaining('the number 42') }]);
    expect(issuesOf({ taskId, audioId: 'not-a-uuid' })).toEqual([{ path: 'audioId', message: expect.stringContaining('UUID') }]);
    expect(issuesOf({ taskId, audioId, callBackUrl: 'ftp://x' })).toEqual([{ path: 'callBackUrl', message: expect.stringContaining('http') }]);
    expect(issuesOf({ taskId, audioId, type: 'karaoke' })).toEqual([
      { path: 'type', message: 'type must be one of separate_vocal, split_stem, not the string "karaoke"' },
    ]);
    expect(issuesOf([])).toEqual([{ path: '', message: expect.stringContaining('JSON object') }]);
  });
});

describe('vocal-removal wire schemas', () => {
  it("accept the contract's own record-info and callback examples (with our links)", () => {
    const link = (name: string) => `https://host.test/files/${audioId}/${name}?expires=1&sig=x`;
    const record = {
      taskId,
      musicId: audioId,
      audioId,
      musicIndex: 0,
      callbackUrl: 'https://example.com/hook',
      completeTime: 1753782937000,
      response: {
        originUrl: link('audio.wav'),
        instrumentalUrl: link('instrumental.wav'),
        vocalUrl: link('vocals.wav'),
        ...Object.fromEntries(SPLIT_STEM_URL_FIELDS.map((f) => [f, null])),
      },
      successFlag: 'SUCCESS',
      createTime: 1753782854000,
      errorCode: null,
      errorMessage: null,
    };
    expect(vocalRemovalRecordSchema.safeParse(record).success).toBe(true);
    expect(vocalRemovalRecordSchema.safeParse({ ...record, extra: 1 }).success).toBe(false);
    const callback = {
      code: 200,
      msg: 'vocal Removal generated successfully.',
      data: { task_id: taskId, vocal_removal_info: { instrumental_url: link('i'), origin_url: link('o'), vocal_url: link('v') } },
    };
    expect(vocalRemovalCallbackSchema.safeParse(callback).success).toBe(true);
    expect(vocalRemovalCallbackSchema.safeParse({ ...callback, msg: 'success' }).success).toBe(false);
  });
});
