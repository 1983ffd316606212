/**
 * The JSON examples of the API contract (docs: api-contract.md), copied verbatim, must pass the
 * schemas. The record-info example uses "..." as a placeholder for ids, links and `param`: those
 * placeholders alone are filled in, its structure is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { completeCallbackSchema, callbackPayloadSchema, errorCallbackSchema } from './callback-payload.ts';
import { creditResponseSchema, generateResponseSchema, recordInfoResponseSchema } from './responses.ts';

const completeCallbackExample = `{
  "code": 200,
  "msg": "All generated successfully.",
  "data": {
    "callbackType": "complete",
    "task_id": "5b4fcd068ad1bf9a94454e66c662a771",
    "data": [
      {
        "id": "36c27af3-fd0a-4181-90c8-fc2299d4fecd",
        "audio_url": "https://host/files/36c2....mp3?expires=...&sig=...",
        "source_audio_url": "https://host/files/36c2....wav?...",
        "stream_audio_url": "https://host/stream/36c2...?...",
        "source_stream_audio_url": "https://host/stream/36c2...?...",
        "image_url": "https://host/files/36c2....png?...",
        "source_image_url": "https://host/files/36c2....png?...",
        "prompt": "[Verse]\\nNight city lights shining bright...",
        "model_name": "chirp-v4",
        "title": "Iron Man",
        "tags": "electrifying, rock",
        "createTime": "2025-01-01 00:00:00",
        "duration": 198.44
      }
    ]
  }
}`;

const generateResponseExample = `{"code":200,"msg":"success","data":{"taskId":"5b4fcd068ad1bf9a94454e66c662a771"}}`;

const creditResponseExample = `{"code":200,"msg":"success","data":100}`;

const recordInfoExample = `{
  "code": 200, "msg": "success",
  "data": {
    "taskId": "...", "parentMusicId": "",
    "param": "{\\"prompt\\":\\"...\\",\\"customMode\\":false,...}",
    "response": { "taskId": "...", "sunoData": [
      { "id": "...", "audioUrl": "...", "sourceAudioUrl": "...", "streamAudioUrl": "...",
        "sourceStreamAudioUrl": "...", "imageUrl": "...", "sourceImageUrl": "...",
        "prompt": "...", "modelName": "chirp-v4", "title": "...", "tags": "...",
        "createTime": "2025-01-01 00:00:00", "duration": 198.44 } ] },
    "status": "SUCCESS", "type": "chirp-v4", "operationType": "generate",
    "errorCode": null, "errorMessage": null
  }
}`;

const placeholders: Record<string, string> = {
  taskId: '5b4fcd068ad1bf9a94454e66c662a771',
  id: '36c27af3-fd0a-4181-90c8-fc2299d4fecd',
  param: '{"prompt":"A calm piano piece","customMode":false,"instrumental":true,"model":"V4"}',
};

/** Replaces every "..." value by a value of the documented format, keeping the keys as they are. */
function fillPlaceholders(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, k)]));
  }
  if (key === 'param') return placeholders['param'];
  if (value !== '...') return value;
  if (key.endsWith('Url')) return `https://host/files/${key}.mp3`;
  return placeholders[key] ?? value;
}

describe('the contract examples', () => {
  it('accepts the complete callback example verbatim', () => {
    const example: unknown = JSON.parse(completeCallbackExample);
    expect(completeCallbackSchema.parse(example)).toEqual(example);
    expect(callbackPayloadSchema.safeParse(example).success).toBe(true);
  });

  it('accepts the generate and credit response examples verbatim', () => {
    expect(generateResponseSchema.safeParse(JSON.parse(generateResponseExample)).success).toBe(true);
    expect(creditResponseSchema.safeParse(JSON.parse(creditResponseExample)).success).toBe(true);
  });

  it('accepts the record-info example once its "..." placeholders are filled', () => {
    const example: unknown = JSON.parse(recordInfoExample);
    const filled = fillPlaceholders(example);
    const result = recordInfoResponseSchema.safeParse(filled);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(filled);
  });

  it('refuses the record-info example with its placeholders: ids, links and param have formats', () => {
    const result = recordInfoResponseSchema.safeParse(JSON.parse(recordInfoExample));
    const paths = (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['data.taskId', 'data.param', 'data.response.sunoData.0.audioUrl']));
  });

  it('accepts the error callback as the contract describes it, for each code it lists', () => {
    for (const code of [501, 400, 413, 429, 500, 531]) {
      const body = { code, msg: 'Generation failed.', data: { callbackType: 'error', task_id: placeholders['taskId'], data: null } };
      expect(errorCallbackSchema.safeParse(body).success).toBe(true);
    }
  });
});
