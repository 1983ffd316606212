import { describe, expect, it } from 'vitest';
import {
  callbackPayloadSchema,
  completeCallbackSchema,
  errorCallbackSchema,
  firstCallbackSchema,
  textCallbackSchema,
} from './callback-payload.ts';
import { CALLBACK_STAGE_MESSAGES } from './codes.ts';
import type { CallbackTrack } from './track.ts';

const taskId = '5b4fcd068ad1bf9a94454e66c662a771';

function track(n: number, finished: boolean): CallbackTrack {
  const id = `36c27af3-fd0a-4181-90c8-fc2299d4fec${n}`;
  return {
    id,
    audio_url: finished ? `https://host/files/${id}.mp3?sig=a` : '',
    source_audio_url: finished ? `https://host/files/${id}.wav?sig=a` : '',
    stream_audio_url: `https://host/stream/${id}?sig=a`,
    source_stream_audio_url: `https://host/stream/${id}?sig=a`,
    image_url: `https://host/files/${id}.png?sig=a`,
    source_image_url: `https://host/files/${id}.png?sig=a`,
    prompt: '[Verse]\nNight city lights',
    model_name: 'chirp-v4',
    title: 'Iron Man',
    tags: 'electrifying, rock',
    createTime: '2025-01-01 00:00:00',
    ...(finished ? { duration: 198.44 } : {}),
  };
}

function body(stage: 'text' | 'first' | 'complete', tracks: CallbackTrack[]) {
  return { code: 200, msg: CALLBACK_STAGE_MESSAGES[stage], data: { callbackType: stage, task_id: taskId, data: tracks } };
}

describe('callback payload schemas', () => {
  it('accept each stage as the contract describes it', () => {
    expect(textCallbackSchema.safeParse(body('text', [track(1, false), track(2, false)])).success).toBe(true);
    expect(firstCallbackSchema.safeParse(body('first', [track(1, true), track(2, false)])).success).toBe(true);
    expect(completeCallbackSchema.safeParse(body('complete', [track(1, true), track(2, true)])).success).toBe(true);
  });

  it('refuse audio that does not fit the stage', () => {
    expect(textCallbackSchema.safeParse(body('text', [track(1, true), track(2, false)])).success).toBe(false);
    expect(firstCallbackSchema.safeParse(body('first', [track(1, false), track(2, false)])).success).toBe(false);
    expect(completeCallbackSchema.safeParse(body('complete', [track(1, true), track(2, false)])).success).toBe(false);
  });

  it('refuse the wrong msg, code or callbackType for a stage', () => {
    const good = body('complete', [track(1, true), track(2, true)]);
    expect(completeCallbackSchema.safeParse({ ...good, msg: 'success' }).success).toBe(false);
    expect(completeCallbackSchema.safeParse({ ...good, code: 201 }).success).toBe(false);
    expect(completeCallbackSchema.safeParse({ ...good, data: { ...good.data, callbackType: 'first' } }).success).toBe(false);
  });

  it('refuse extra or renamed fields (exact shapes)', () => {
    const good = body('complete', [track(1, true), track(2, true)]);
    expect(completeCallbackSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    const { task_id: _, ...rest } = good.data;
    expect(completeCallbackSchema.safeParse({ ...good, data: { ...rest, taskId } }).success).toBe(false);
    const { audio_url: audio, ...camel } = track(1, true);
    expect(completeCallbackSchema.safeParse(body('complete', [{ ...camel, audioUrl: audio } as never])).success).toBe(false);
  });

  it('refuse inconsistent tracks: audio without duration, duration without audio, half-set audio links', () => {
    const { duration: _, ...noDuration } = track(1, true);
    expect(completeCallbackSchema.safeParse(body('complete', [noDuration])).success).toBe(false);
    expect(firstCallbackSchema.safeParse(body('first', [track(1, true), { ...track(2, false), duration: 3 }])).success).toBe(false);
    expect(completeCallbackSchema.safeParse(body('complete', [{ ...track(1, true), source_audio_url: '' }])).success).toBe(false);
  });

  it('check formats: task id, audio id, createTime, links, model name', () => {
    const ok = track(1, true);
    const variants: Array<Partial<Record<keyof CallbackTrack, unknown>>> = [
      { id: 'not-a-uuid' },
      { createTime: '2025-01-01T00:00:00Z' },
      { image_url: '' },
      { stream_audio_url: 'ftp://host/x' },
      { model_name: 'V4' },
      { duration: -1 },
    ];
    for (const change of variants) {
      expect(completeCallbackSchema.safeParse(body('complete', [{ ...ok, ...change } as never])).success).toBe(false);
    }
    const badTask = { ...body('complete', [ok]), data: { callbackType: 'complete', task_id: 'ABC', data: [ok] } };
    expect(completeCallbackSchema.safeParse(badTask).success).toBe(false);
  });

  it('accept at most two tracks', () => {
    expect(completeCallbackSchema.safeParse(body('complete', [track(1, true), track(2, true), track(3, true)])).success).toBe(false);
    expect(completeCallbackSchema.safeParse(body('complete', [])).success).toBe(false);
  });

  it('error callbacks carry a failure code, a reason and null data', () => {
    const error = { code: 501, msg: 'Audio generation failed.', data: { callbackType: 'error', task_id: taskId, data: null } };
    expect(errorCallbackSchema.safeParse(error).success).toBe(true);
    expect(callbackPayloadSchema.safeParse(error).success).toBe(true);
    expect(errorCallbackSchema.safeParse({ ...error, code: 200 }).success).toBe(false);
    expect(errorCallbackSchema.safeParse({ ...error, code: 401 }).success).toBe(false);
    expect(errorCallbackSchema.safeParse({ ...error, msg: '' }).success).toBe(false);
    expect(errorCallbackSchema.safeParse({ ...error, data: { ...error.data, data: [] } }).success).toBe(false);
  });
});
