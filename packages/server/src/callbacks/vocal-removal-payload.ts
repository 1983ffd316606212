import { VOCAL_REMOVAL_CALLBACK_MESSAGE, type VocalRemovalCallback } from '@songloom/contract';

/** The callback body of a finished vocal removal (the contract has one stage: complete). */
export function buildVocalRemovalPayload(
  taskId: string,
  links: { originUrl: string; instrumentalUrl: string; vocalUrl: string },
): VocalRemovalCallback {
  return {
    code: 200,
    msg: VOCAL_REMOVAL_CALLBACK_MESSAGE,
    data: {
      task_id: taskId,
      vocal_removal_info: { instrumental_url: links.instrumentalUrl, origin_url: links.originUrl, vocal_url: links.vocalUrl },
    },
  };
}
