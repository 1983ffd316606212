import { describe, expect, it } from 'vitest';
import { firstCallbackSchema, textCallbackSchema } from '@songloom/contract';
import { makeTask } from '../testing/fixtures.ts';
import type { TrackView } from '../services/track-view.ts';
import { buildCallbackPayload } from './payloads.ts';

const finished = (id: string): TrackView => ({
  id,
  audioUrl: `http://127.0.0.1/files/${id}/audio.mp3?expires=1&sig=a`,
  sourceAudioUrl: `http://127.0.0.1/files/${id}/audio.wav?expires=1&sig=a`,
  streamAudioUrl: `http://127.0.0.1/stream/${id}?expires=1&sig=a`,
  sourceStreamAudioUrl: `http://127.0.0.1/stream/${id}?expires=1&sig=a`,
  imageUrl: `http://127.0.0.1/files/${id}/cover.png?expires=1&sig=a`,
  sourceImageUrl: `http://127.0.0.1/files/${id}/cover.png?expires=1&sig=a`,
  prompt: '[Verse]\nla',
  modelName: 'chirp-v4',
  title: 'T',
  tags: 'pop',
  createTime: '2026-01-01 00:00:00',
  duration: 30,
});

describe('buildCallbackPayload', () => {
  const task = makeTask('key_1', { request: { customMode: false, instrumental: true, model: 'V4', prompt: 'x' } });
  const tracks = [finished('36c27af3-fd0a-4181-90c8-fc2299d4fec1'), finished('36c27af3-fd0a-4181-90c8-fc2299d4fec2')];

  it('shows the stage as it was reached, even when built after both tracks finished', () => {
    const text = buildCallbackPayload('text', task, tracks);
    expect(text.data.data?.map((t) => [t.audio_url, t.duration])).toEqual([['', undefined], ['', undefined]]);
    textCallbackSchema.parse(text);
    const first = buildCallbackPayload('first', task, tracks);
    expect(first.data.data?.map((t) => t.audio_url !== '')).toEqual([true, false]);
    firstCallbackSchema.parse(first);
    const complete = buildCallbackPayload('complete', task, tracks);
    expect(complete.data.data?.every((t) => t.audio_url !== '' && t.duration === 30)).toBe(true);
  });
});
