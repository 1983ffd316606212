import { validateGenerateRequest } from '@songloom/contract';
import type { ApiKey } from '../domain/api-key.ts';
import { AppError } from '../domain/app-error.ts';
import type { Task, TaskRequest } from '../domain/task.ts';
import type { ServiceDeps } from './service-deps.ts';

/** The job that starts every task. */
export const textJobId = (taskId: string): string => `${taskId}:text`;

/**
 * POST /api/v1/generate: validate, filter, charge credits atomically, store the task, queue its first job.
 * `rawBody` is kept verbatim as record-info's `param`.
 */
export async function submitTask(deps: ServiceDeps, apiKey: ApiKey, body: unknown, rawBody: string): Promise<string> {
  const request = await validate(deps, body);
  const now = deps.clock.now();
  const task: Task = {
    id: deps.ids.taskId(),
    apiKeyId: apiKey.id,
    status: 'PENDING',
    param: rawBody,
    request,
    callBackUrl: request.callBackUrl ?? null,
    creditsCharged: deps.creditsPerTask,
    seed: request.seed ?? deps.ids.seed(),
    error: null,
    createdAt: now,
    updatedAt: now,
  };
  const storage = deps.storageProblem();
  if (storage) throw new AppError('draining', `New tasks are refused for now: ${storage}. Nothing was charged; retry later.`);
  const outcome = await deps.store.submitTask(task);
  if (!outcome.ok) {
    throw new AppError(
      'insufficient_credits',
      `Insufficient credits: a task costs ${deps.creditsPerTask} and this key has ${outcome.balance}. Add credits with \`npx songloom keys credit <key> +N\`.`,
    );
  }
  await deps.queue.enqueue({ id: textJobId(task.id), kind: 'text', taskId: task.id });
  deps.notifyWork();
  return task.id;
}

async function validate(deps: ServiceDeps, body: unknown): Promise<TaskRequest> {
  const result = validateGenerateRequest(body);
  if (!result.ok) {
    throw new AppError(result.code === 413 ? 'too_long' : 'invalid_request', result.message, { issues: result.issues });
  }
  const request = result.value as TaskRequest;
  const content = deps.checkContent({ ...pick(request), customMode: request.customMode });
  if (!content.ok) {
    throw new AppError('content_blocked', `${content.field} contains "${content.term}", which is not allowed here: remove it and submit again.`, {
      issues: [{ path: content.field, message: `contains the blocked term "${content.term}"` }],
    });
  }
  if (request.callBackUrl !== undefined) {
    const problem = await deps.checkCallbackUrl(request.callBackUrl);
    if (problem) {
      throw new AppError('invalid_request', `callBackUrl ${problem}`, { issues: [{ path: 'callBackUrl', message: problem }] });
    }
  }
  return request;
}

function pick(request: TaskRequest): { prompt?: string; style?: string; title?: string; negativeTags?: string } {
  const fields: { prompt?: string; style?: string; title?: string; negativeTags?: string } = {};
  if (request.prompt !== undefined) fields.prompt = request.prompt;
  if (request.style !== undefined) fields.style = request.style;
  if (request.title !== undefined) fields.title = request.title;
  if (request.negativeTags !== undefined) fields.negativeTags = request.negativeTags;
  return fields;
}
