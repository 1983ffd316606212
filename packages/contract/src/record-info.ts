/**
 * The `data` of `GET /api/v1/generate/record-info`: the task's status, its original request as a
 * JSON string (`param`) and its tracks in camelCase (`response.sunoData`).
 */
import { z } from 'zod';
import { FAILED_STATUSES, TASK_STATUSES, type TaskStatus } from './codes.ts';
import { chirpModelNameSchema, errorCodeSchema, taskIdSchema } from './formats.ts';
import { SEED_MAX } from './generate-request.ts';
import { isFinishedTrack, recordInfoTrackSchema, TRACKS_PER_TASK, type RecordInfoTrack } from './track.ts';

/** Operations that create music tasks; `generate` for `POST /api/v1/generate`. */
export const OPERATION_TYPES = ['generate'] as const;

function isJsonObjectText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** What the tracks must look like in each status, or null when any state is possible. */
function trackProblem(status: TaskStatus, tracks: readonly RecordInfoTrack[]): string | null {
  const finished = tracks.filter(isFinishedTrack).length;
  switch (status) {
    case 'PENDING':
    case 'TEXT_SUCCESS':
      return finished > 0 ? `no track is finished while the status is ${status}` : null;
    case 'FIRST_SUCCESS':
      return finished === 0 ? 'at least one track is finished when the status is FIRST_SUCCESS' : null;
    case 'SUCCESS':
      return finished > 0 && finished === tracks.length ? null : 'every track is finished when the status is SUCCESS';
    default:
      return null;
  }
}

/** The record-info `data`, exactly the contract's fields plus our `seed`. */
export const recordInfoDataSchema = z
  .strictObject({
    taskId: taskIdSchema,
    parentMusicId: z.string(),
    param: z.string().refine(isJsonObjectText, 'param is the original request as a JSON object string'),
    response: z.strictObject({
      taskId: taskIdSchema,
      sunoData: z.array(recordInfoTrackSchema).max(TRACKS_PER_TASK),
    }),
    status: z.enum(TASK_STATUSES),
    type: chirpModelNameSchema,
    operationType: z.enum(OPERATION_TYPES),
    errorCode: errorCodeSchema.nullable(),
    errorMessage: z.string().nullable(),
    /**
     * (ours) The task's base seed: sending it back with the same request reproduces the songs.
     * Our server always sends it; optional so that the contract's own example passes.
     */
    seed: z.int().min(0).max(SEED_MAX).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.response.taskId !== data.taskId) {
      ctx.addIssue({ code: 'custom', path: ['response', 'taskId'], message: 'response.taskId equals taskId' });
    }
    const failed = (FAILED_STATUSES as readonly TaskStatus[]).includes(data.status);
    if (failed && (data.errorCode === null || data.errorMessage === null)) {
      ctx.addIssue({ code: 'custom', path: ['errorCode'], message: `status ${data.status} carries errorCode and errorMessage` });
    }
    if (!failed && data.status !== 'CALLBACK_EXCEPTION' && (data.errorCode !== null || data.errorMessage !== null)) {
      ctx.addIssue({ code: 'custom', path: ['errorCode'], message: `status ${data.status} has errorCode and errorMessage null` });
    }
    const problem = trackProblem(data.status, data.response.sunoData);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['response', 'sunoData'], message: problem });
  });

/** The record-info `data`. */
export type RecordInfoData = z.output<typeof recordInfoDataSchema>;
