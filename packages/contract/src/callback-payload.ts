/**
 * The bodies POSTed to `callBackUrl`, one schema per stage. Field names are exactly as sent: the
 * envelope is camelCase (`callbackType`) and the task id snake_case (`task_id`), on purpose.
 * Our server lists both tracks of a task in every stage; the schemas accept one or two, as the
 * contract's own example lists one.
 */
import { z } from 'zod';
import { CALLBACK_ERROR_CODES, CALLBACK_STAGE_MESSAGES } from './codes.ts';
import { taskIdSchema } from './formats.ts';
import { callbackTrackSchema, isFinishedTrack, TRACKS_PER_TASK, type CallbackTrack } from './track.ts';

type StageRule = (tracks: readonly CallbackTrack[]) => string | null;

const noneFinished: StageRule = (tracks) =>
  tracks.some(isFinishedTrack) ? 'a text callback has no audio yet: every audio_url is ""' : null;
const someFinished: StageRule = (tracks) =>
  tracks.some(isFinishedTrack) ? null : 'a first callback has at least one finished track';
const allFinished: StageRule = (tracks) =>
  tracks.every(isFinishedTrack) ? null : 'a complete callback has every track finished';

function stageCallbackSchema<const S extends keyof typeof CALLBACK_STAGE_MESSAGES>(stage: S, rule: StageRule) {
  return z.strictObject({
    code: z.literal(200),
    msg: z.literal(CALLBACK_STAGE_MESSAGES[stage]),
    data: z.strictObject({
      callbackType: z.literal(stage),
      task_id: taskIdSchema,
      data: z
        .array(callbackTrackSchema)
        .min(1)
        .max(TRACKS_PER_TASK)
        .superRefine((tracks, ctx) => {
          const problem = rule(tracks);
          if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
        }),
    }),
  });
}

/** `text`: lyrics, titles, tags, covers and stream links are ready; no track is finished. */
export const textCallbackSchema = stageCallbackSchema('text', noneFinished);

/** `first`: at least one track finished; an unfinished one has `audio_url: ""` and no duration. */
export const firstCallbackSchema = stageCallbackSchema('first', someFinished);

/** `complete`: every track finished. */
export const completeCallbackSchema = stageCallbackSchema('complete', allFinished);

/** `error`: the task failed; `msg` gives the reason. */
export const errorCallbackSchema = z.strictObject({
  code: z.literal(CALLBACK_ERROR_CODES),
  msg: z.string().min(1),
  data: z.strictObject({
    callbackType: z.literal('error'),
    task_id: taskIdSchema,
    data: z.null(),
  }),
});

/** Any callback body. */
export const callbackPayloadSchema = z.union([
  textCallbackSchema,
  firstCallbackSchema,
  completeCallbackSchema,
  errorCallbackSchema,
]);

/** A `text` callback body. */
export type TextCallback = z.output<typeof textCallbackSchema>;
/** A `first` callback body. */
export type FirstCallback = z.output<typeof firstCallbackSchema>;
/** A `complete` callback body. */
export type CompleteCallback = z.output<typeof completeCallbackSchema>;
/** An `error` callback body. */
export type ErrorCallback = z.output<typeof errorCallbackSchema>;
/** Any callback body; narrow on `data.callbackType`. */
export type CallbackPayload = z.output<typeof callbackPayloadSchema>;
