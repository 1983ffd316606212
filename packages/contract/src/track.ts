/**
 * A generated track as it travels: snake_case in callbacks, camelCase in record-info. A track is
 * finished when its audio exists: then `audio_url` is a link and `duration` is present; before, the
 * audio links are `""` and `duration` is absent. Stream and image links exist from the start.
 */
import { z } from 'zod';
import {
  audioIdSchema,
  chirpModelNameSchema,
  createTimeSchema,
  durationSchema,
  fileUrlSchema,
  pendingFileUrlSchema,
} from './formats.ts';

interface AudioFields {
  audio: string;
  sourceAudio: string;
  duration: number | undefined;
}

/** Whether a track's audio is finished (its audio link is set). */
export function isFinishedTrack(track: { audio_url: string } | { audioUrl: string }): boolean {
  return ('audio_url' in track ? track.audio_url : track.audioUrl) !== '';
}

function checkAudioFields(fields: AudioFields, names: [audio: string, sourceAudio: string], ctx: z.RefinementCtx): void {
  const finished = fields.audio !== '';
  if (finished !== (fields.sourceAudio !== '')) {
    ctx.addIssue({ code: 'custom', path: [names[1]], message: `${names[1]} and ${names[0]} must both be set or both be ""` });
  }
  if (finished !== (fields.duration !== undefined)) {
    const message = finished ? 'a finished track has a duration' : 'an unfinished track has no duration';
    ctx.addIssue({ code: 'custom', path: ['duration'], message });
  }
}

/** A track in a callback body (snake_case, `createTime` excepted, as the contract sends it). */
export const callbackTrackSchema = z
  .strictObject({
    id: audioIdSchema,
    audio_url: pendingFileUrlSchema,
    source_audio_url: pendingFileUrlSchema,
    stream_audio_url: fileUrlSchema,
    source_stream_audio_url: fileUrlSchema,
    image_url: fileUrlSchema,
    source_image_url: fileUrlSchema,
    prompt: z.string(),
    model_name: chirpModelNameSchema,
    title: z.string(),
    tags: z.string(),
    createTime: createTimeSchema,
    duration: durationSchema.optional(),
  })
  .superRefine((track, ctx) =>
    checkAudioFields(
      { audio: track.audio_url, sourceAudio: track.source_audio_url, duration: track.duration },
      ['audio_url', 'source_audio_url'],
      ctx,
    ),
  );

/** A track in a callback body. */
export type CallbackTrack = z.output<typeof callbackTrackSchema>;

/** A track in record-info `response.sunoData` (camelCase). */
export const recordInfoTrackSchema = z
  .strictObject({
    id: audioIdSchema,
    audioUrl: pendingFileUrlSchema,
    sourceAudioUrl: pendingFileUrlSchema,
    streamAudioUrl: fileUrlSchema,
    sourceStreamAudioUrl: fileUrlSchema,
    imageUrl: fileUrlSchema,
    sourceImageUrl: fileUrlSchema,
    prompt: z.string(),
    modelName: chirpModelNameSchema,
    title: z.string(),
    tags: z.string(),
    createTime: createTimeSchema,
    duration: durationSchema.optional(),
  })
  .superRefine((track, ctx) =>
    checkAudioFields(
      { audio: track.audioUrl, sourceAudio: track.sourceAudioUrl, duration: track.duration },
      ['audioUrl', 'sourceAudioUrl'],
      ctx,
    ),
  );

/** A track in record-info. */
export type RecordInfoTrack = z.output<typeof recordInfoTrackSchema>;

/** Tracks per task: every task produces two variations of the same request. */
export const TRACKS_PER_TASK = 2;
