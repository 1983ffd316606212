import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vocalRemovalCallbackSchema } from '@songloom/contract';
import { verifyWebhook } from '@songloom/sdk';
import { createSqliteCallbackStore } from '../adapters/sqlite/callback-store.ts';
import { createSqliteWebhookSecretStore } from '../adapters/sqlite/webhook-secret-store.ts';
import { createHttpCallbackSender } from '../adapters/http-sender/http-callback-sender.ts';
import type { CallbackStore } from '../ports/callback-store.ts';
import { createTaskViewLoader } from '../services/load-task-view.ts';
import { createVocalRemovalCallbackSource } from '../services/vocal-removal-callback-source.ts';
import { createWebhookSecrets, type WebhookSecrets } from '../services/webhook-secrets.ts';
import { memoryLogger } from '../testing/callback-harness.ts';
import { decodeStereoWav16 } from '../testing/decode-wav.ts';
import { createFinishedTask } from '../testing/finished-task.ts';
import { answer, startLoopbackReceiver, type LoopbackReceiver } from '../testing/loopback-receiver.ts';
import { createTestServices, type TestServices } from '../testing/test-services.ts';
import { combineCallbackSources } from './callback-source.ts';
import { CallbackDispatcher } from './dispatcher.ts';
import { generateCallbackSource } from './generate-callback-source.ts';
import { DEFAULT_CALLBACK_OPTIONS } from './options.ts';
import { formatWebhookSecret } from './signing.ts';

let t: TestServices;
let receiver: LoopbackReceiver;
let dispatcher: CallbackDispatcher;
let callbackStore: CallbackStore;
let secrets: WebhookSecrets;
const sender = createHttpCallbackSender({ allowPrivate: true });

beforeEach(async () => {
  t = await createTestServices({ allowPrivateCallbacks: true });
  receiver = await startLoopbackReceiver();
  callbackStore = createSqliteCallbackStore(t.db);
  secrets = createWebhookSecrets({
    store: createSqliteWebhookSecretStore(t.db),
    clock: t.clock,
    ids: { webhookSecret: () => formatWebhookSecret(randomBytes(32)) },
  });
  const { store, urls } = t.deps;
  dispatcher = new CallbackDispatcher({
    taskStore: store,
    source: combineCallbackSources([
      generateCallbackSource({ loadTaskView: createTaskViewLoader({ store, urls, clock: t.clock }), taskStore: store }),
      createVocalRemovalCallbackSource({ store: t.vocalRemovals, urls, clock: t.clock }),
    ]),
    callbackStore,
    signingSecrets: (id) => secrets.signingSecrets(id),
    sender,
    clock: t.clock,
    jitter: { next: () => 0.5 },
    logger: memoryLogger(),
    options: { ...DEFAULT_CALLBACK_OPTIONS, timeoutMs: 2000 },
  });
});
afterEach(async () => {
  await dispatcher.stop();
  await receiver.close();
  t.close();
});

async function requestRemoval(callBackUrl: string): Promise<{ id: string; audioId: string; sourceId: string }> {
  const { task, tracks } = await createFinishedTask(t.deps, t.key, { callBackUrl });
  const response = await t.app.request('/api/v1/vocal-removal/generate', {
    method: 'POST',
    headers: { authorization: `Bearer ${t.key.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ taskId: task.id, audioId: tracks[1]!.id, callBackUrl }),
  });
  const json = (await response.json()) as { data: { taskId: string } };
  return { id: json.data.taskId, audioId: tracks[1]!.id, sourceId: task.id };
}

describe('vocal-removal callbacks through the shared dispatcher', () => {
  it('sends one signed complete callback whose three links serve the WAV files', async () => {
    const { id, audioId, sourceId } = await requestRemoval(receiver.url);
    await dispatcher.drain();
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as { data: { task_id: string } });
    const mine = receiver.received.filter((_, i) => bodies[i]!.data.task_id === id);
    expect(mine).toHaveLength(1);
    // The source task's stages share the outbox: its complete goes out too (text and first, read in the
    // same batch, were superseded by it).
    expect(receiver.received.map((r) => r.headers['webhook-id']).sort()).toEqual([`msg_${id}_complete`, `msg_${sourceId}_complete`].sort());
    const request = mine[0]!;
    expect(request.headers['webhook-id']).toBe(`msg_${id}_complete`);
    const { current } = await secrets.get(t.key.id);
    const verified = await verifyWebhook(current, request.headers, request.body, { now: t.clock.now() });
    const payload = vocalRemovalCallbackSchema.parse(verified.payload);
    expect(payload).toMatchObject({ code: 200, msg: 'vocal Removal generated successfully.', data: { task_id: id } });
    const info = payload.data.vocal_removal_info;
    expect(info.vocal_url).toContain(`/files/${audioId}/vocals.wav?`);
    expect(info.instrumental_url).toContain(`/files/${audioId}/instrumental.wav?`);
    expect(info.origin_url).toContain(`/files/${audioId}/audio.wav?`);
    for (const url of [info.origin_url, info.instrumental_url, info.vocal_url]) {
      const response = await t.app.request(url.replace('http://127.0.0.1:9', ''));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('audio/wav');
      const wav = decodeStereoWav16(new Uint8Array(await response.arrayBuffer()));
      expect(wav.sampleRate).toBe(44_100);
      expect(wav.left.length).toBe(Math.round(44_100 * 0.25));
    }
    const deliveries = await callbackStore.listForTask(id);
    expect(deliveries.map((d) => [d.stage, d.state, d.attempts])).toEqual([['complete', 'delivered', 1]]);
  });

  it('redelivers with the same webhook-id and fresh links', async () => {
    const { id } = await requestRemoval(receiver.url);
    await dispatcher.drain();
    t.clock.advance(60_000);
    const again = await dispatcher.redeliver(id);
    expect(again?.state).toBe('pending');
    await dispatcher.drain();
    const sent = receiver.received.filter((r) => r.headers['webhook-id'] === `msg_${id}_complete`);
    expect(sent).toHaveLength(2);
    const links = sent.map((r) => (JSON.parse(r.body) as { data: { vocal_removal_info: { vocal_url: string } } }).data.vocal_removal_info.vocal_url);
    expect(links[1]).not.toBe(links[0]);
  });

  it('gives up on a 410 and marks the vocal-removal task CALLBACK_EXCEPTION, the files staying available', async () => {
    receiver.handler = answer(410);
    const { id } = await requestRemoval(receiver.url);
    await dispatcher.drain();
    expect((await t.vocalRemovals.get(id))?.status).toBe('CALLBACK_EXCEPTION');
    const record = await t.app.request(`/api/v1/vocal-removal/record-info?taskId=${id}`, { headers: { authorization: `Bearer ${t.key.key}` } });
    const data = ((await record.json()) as { data: { successFlag: string; response: { vocalUrl: string } } }).data;
    expect(data.successFlag).toBe('CALLBACK_EXCEPTION');
    expect((await t.app.request(data.response.vocalUrl.replace('http://127.0.0.1:9', ''))).status).toBe(200);
  });
});
