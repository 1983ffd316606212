import { describe, expect, it } from 'vitest';
import { recordInfoDataSchema, type RecordInfoData } from './record-info.ts';
import type { RecordInfoTrack } from './track.ts';

const taskId = '0123456789abcdef0123456789abcdef';

function track(n: number, finished: boolean): RecordInfoTrack {
  const id = `36c27af3-fd0a-4181-90c8-fc2299d4fec${n}`;
  return {
    id,
    audioUrl: finished ? `https://host/files/${id}.mp3` : '',
    sourceAudioUrl: finished ? `https://host/files/${id}.wav` : '',
    streamAudioUrl: `https://host/stream/${id}`,
    sourceStreamAudioUrl: `https://host/stream/${id}`,
    imageUrl: `https://host/files/${id}.png`,
    sourceImageUrl: `https://host/files/${id}.png`,
    prompt: '',
    modelName: 'chirp-crow',
    title: 'Rain',
    tags: 'lofi',
    createTime: '2025-12-31 23:59:59',
    ...(finished ? { duration: 61.2 } : {}),
  };
}

function data(overrides: Partial<RecordInfoData>): RecordInfoData {
  return {
    taskId,
    parentMusicId: '',
    param: JSON.stringify({ customMode: true, instrumental: true, model: 'V5', style: 'lofi', title: 'Rain' }),
    response: { taskId, sunoData: [track(1, true), track(2, true)] },
    status: 'SUCCESS',
    type: 'chirp-crow',
    operationType: 'generate',
    errorCode: null,
    errorMessage: null,
    seed: 42,
    ...overrides,
  };
}

const ok = (value: unknown) => recordInfoDataSchema.safeParse(value).success;

describe('recordInfoDataSchema', () => {
  it('accepts each status with tracks that fit it', () => {
    expect(ok(data({}))).toBe(true);
    expect(ok(data({ status: 'PENDING', response: { taskId, sunoData: [] } }))).toBe(true);
    expect(ok(data({ status: 'TEXT_SUCCESS', response: { taskId, sunoData: [track(1, false), track(2, false)] } }))).toBe(true);
    expect(ok(data({ status: 'FIRST_SUCCESS', response: { taskId, sunoData: [track(1, true), track(2, false)] } }))).toBe(true);
    expect(ok(data({ status: 'CALLBACK_EXCEPTION' }))).toBe(true);
    const failed: Partial<RecordInfoData> = { response: { taskId, sunoData: [] }, errorCode: 501, errorMessage: 'Audio generation failed.' };
    for (const status of ['CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'SENSITIVE_WORD_ERROR'] as const) {
      expect(ok(data({ ...failed, status }))).toBe(true);
    }
  });

  it('refuses tracks that contradict the status', () => {
    expect(ok(data({ status: 'SUCCESS', response: { taskId, sunoData: [track(1, true), track(2, false)] } }))).toBe(false);
    expect(ok(data({ status: 'SUCCESS', response: { taskId, sunoData: [] } }))).toBe(false);
    expect(ok(data({ status: 'TEXT_SUCCESS', response: { taskId, sunoData: [track(1, true), track(2, false)] } }))).toBe(false);
    expect(ok(data({ status: 'FIRST_SUCCESS', response: { taskId, sunoData: [track(1, false)] } }))).toBe(false);
  });

  it('ties errorCode and errorMessage to failed statuses', () => {
    expect(ok(data({ status: 'GENERATE_AUDIO_FAILED', errorCode: null, errorMessage: null }))).toBe(false);
    expect(ok(data({ errorCode: 500, errorMessage: 'x' }))).toBe(false);
    expect(ok(data({ status: 'GENERATE_AUDIO_FAILED', errorCode: 200 as never, errorMessage: 'x' }))).toBe(false);
  });

  it('requires param to be a JSON object string, and matching task ids', () => {
    expect(ok(data({ param: '{"customMode":false,...}' }))).toBe(false);
    expect(ok(data({ param: '[1]' }))).toBe(false);
    expect(ok(data({ response: { taskId: 'f'.repeat(32), sunoData: [track(1, true)] } }))).toBe(false);
  });

  it('is exact: camelCase tracks, no extra fields, known model and status names', () => {
    expect(ok({ ...data({}), extra: true })).toBe(false);
    expect(ok(data({ type: 'V5' as never }))).toBe(false);
    expect(ok(data({ status: 'DONE' as never }))).toBe(false);
    const { audioUrl, ...rest } = track(1, true);
    expect(ok(data({ response: { taskId, sunoData: [{ ...rest, audio_url: audioUrl } as never] } }))).toBe(false);
  });

  it('accepts a missing seed but not a seed outside 0..2^32-1', () => {
    const { seed: _, ...withoutSeed } = data({});
    expect(ok(withoutSeed)).toBe(true);
    expect(ok(data({ seed: -1 }))).toBe(false);
    expect(ok(data({ seed: 2 ** 32 }))).toBe(false);
    expect(ok(data({ seed: 1.5 }))).toBe(false);
  });
});
