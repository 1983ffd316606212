import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '@songloom/sdk';
import { createCallbackHarness, type CallbackHarness } from '../testing/callback-harness.ts';
import { startLoopbackReceiver, type LoopbackReceiver, type ReceivedRequest } from '../testing/loopback-receiver.ts';

const ITEM_KEYS = [
  'id', 'audio_url', 'source_audio_url', 'stream_audio_url', 'source_stream_audio_url', 'image_url',
  'source_image_url', 'prompt', 'model_name', 'title', 'tags', 'createTime', 'duration',
];

let h: CallbackHarness;
let receiver: LoopbackReceiver;
afterEach(async () => {
  await h.close();
  await receiver.close();
});

const json = (r: ReceivedRequest | undefined): any => JSON.parse(r?.body ?? 'null');

async function verify(r: ReceivedRequest, secret: string | string[]) {
  return verifyWebhook(secret, r.headers, r.body, { now: h.clock.now() });
}

describe('CallbackDispatcher over real loopback HTTP', () => {
  it('delivers text, first and complete in order with the exact contract payloads, signed', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(receiver.url);
    await h.text(task);
    expect(await h.dispatcher.runOnce()).toBe(1);
    await h.finishTrack(task, 0, 31.25);
    await h.dispatcher.drain();
    await h.finishTrack(task, 1, 42);
    await h.dispatcher.drain();

    expect(receiver.received.map((r) => json(r).data.callbackType)).toEqual(['text', 'first', 'complete']);
    const [text, first, complete] = receiver.received.map(json);
    const tracks = await h.taskStore.getTracks(task.id);
    expect(text).toEqual({
      code: 200,
      msg: 'Text generation completed.',
      data: {
        callbackType: 'text',
        task_id: task.id,
        data: tracks.map((t) => ({
          id: t.id,
          audio_url: '',
          source_audio_url: '',
          stream_audio_url: `http://files.test/stream/${t.id}?sig=s`,
          source_stream_audio_url: `http://files.test/stream/${t.id}?sig=s`,
          image_url: `http://files.test/files/${t.id}.png?sig=s`,
          source_image_url: `http://files.test/files/${t.id}.png?sig=s`,
          prompt: '[Verse]\nla la',
          model_name: 'chirp-v4',
          title: t.title,
          tags: 'piano',
          createTime: '2025-01-01 12:00:00',
        })),
      },
    });
    expect(first.msg).toBe('First track generated successfully.');
    expect(first.data.data).toHaveLength(2);
    expect(first.data.data[0].audio_url).toBe(`http://files.test/files/${tracks[0]?.id}.mp3?sig=s`);
    expect(first.data.data[0].duration).toBe(31.25);
    expect(first.data.data[1].audio_url).toBe('');
    expect('duration' in first.data.data[1]).toBe(false);
    expect(complete.msg).toBe('All generated successfully.');
    expect(complete.data.data.map((i: { duration: number }) => i.duration)).toEqual([31.25, 42]);
    expect(Object.keys(complete.data.data[0])).toEqual(ITEM_KEYS);

    const { current } = await h.secrets.get(task.apiKeyId);
    for (const [i, r] of receiver.received.entries()) {
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['webhook-id']).toBe(`msg_${task.id}_${['text', 'first', 'complete'][i]}`);
      const verified = await verify(r, current);
      expect(verified.payload).toEqual(json(r));
    }
    const deliveries = await h.callbackStore.listForTask(task.id);
    expect(deliveries.map((d) => [d.stage, d.state, d.attempts])).toEqual([
      ['text', 'delivered', 1],
      ['first', 'delivered', 1],
      ['complete', 'delivered', 1],
    ]);
    expect(deliveries[0]?.attemptLog[0]).toMatchObject({ number: 1, statusCode: 200, error: null, outcome: 'success' });
  });

  it('fails verification of a tampered body and of another key secret', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.drain();
    const [r] = receiver.received;
    if (!r) throw new Error('nothing received');
    const { current } = await h.secrets.get(task.apiKeyId);
    const tampered = { ...r, body: r.body.replace('Text generation', 'Test generation') };
    await expect(verify(tampered, current)).rejects.toThrow(WebhookVerificationError);
    const { current: other } = await h.secrets.get('another-key');
    await expect(verify(r, other)).rejects.toMatchObject({ code: 'invalid_signature' });
  });

  it('sends the error stage with the failure code and data null', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(receiver.url);
    await h.fail(task, { code: 531, message: 'Generation failed, credits refunded.', stage: 'render' });
    await h.dispatcher.drain();
    expect(json(receiver.received[0])).toEqual({
      code: 531,
      msg: 'Generation failed, credits refunded.',
      data: { callbackType: 'error', task_id: task.id, data: null },
    });
  });

  it('makes no delivery for a task without callBackUrl', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(null);
    await h.text(task);
    await h.dispatcher.drain();
    expect(await h.callbackStore.listForTask(task.id)).toEqual([]);
    expect(await h.callbackStore.getCursor()).toBe(1);
  });

  it('signs with the old and the new secret during a rotation overlap', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(receiver.url);
    const before = await h.secrets.get(task.apiKeyId);
    const after = await h.secrets.rotate(task.apiKeyId, 60_000);
    await h.text(task);
    await h.dispatcher.drain();
    const [r] = receiver.received;
    if (!r) throw new Error('nothing received');
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(2);
    await expect(verify(r, before.current)).resolves.toBeTruthy();
    await expect(verify(r, after.current)).resolves.toBeTruthy();
  });

  it('redelivers the latest stage with the same webhook-id and a new attempt', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver();
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.drain();
    const reopened = await h.dispatcher.redeliver(task.id);
    expect(reopened).toMatchObject({ state: 'pending', attempts: 0 });
    await h.dispatcher.drain();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([`msg_${task.id}_text`, `msg_${task.id}_text`]);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    const [delivery] = await h.callbackStore.listForTask(task.id);
    expect(delivery?.attemptLog.map((a) => a.number)).toEqual([1, 2]);
    expect(await h.dispatcher.redeliver('f'.repeat(32))).toBeNull();
  });

  it('runs in the background: start, wake on a new stage, graceful stop', async () => {
    h = await createCallbackHarness({ options: { pollIntervalMs: 10_000 } });
    let release: () => void = () => {};
    receiver = await startLoopbackReceiver((_req, res) => {
      release = () => res.writeHead(200).end();
    });
    h.dispatcher.start();
    const task = await h.submit(receiver.url);
    await h.text(task);
    h.dispatcher.wake();
    await receiver.waitFor(1);
    const stopping = h.dispatcher.stop();
    release();
    await stopping;
    const [delivery] = await h.callbackStore.listForTask(task.id);
    expect(delivery?.state).toBe('delivered');
  });
});

