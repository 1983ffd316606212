import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackSender, SendResult } from '../../ports/callback-sender.ts';
import type { HostResolver } from '../../ports/host-resolver.ts';
import { answer, refusedPort, startLoopbackReceiver, type LoopbackReceiver } from '../../testing/loopback-receiver.ts';
import { createHttpCallbackSender } from './http-callback-sender.ts';

let sender: CallbackSender;
let receiver: LoopbackReceiver;
afterEach(async () => {
  await sender.close();
  await receiver.close();
});

const post = (url: string, timeoutMs = 1000): Promise<SendResult> =>
  sender.send({ url, headers: { 'content-type': 'application/json', 'webhook-id': 'msg_x' }, body: '{"a":1}', timeoutMs });

/** A resolver whose answers the test changes, counting lookups. */
function switchableResolver(initial: Record<string, string[]>): HostResolver & { answers: Record<string, string[]>; lookups: number } {
  const r = {
    answers: initial,
    lookups: 0,
    async resolve(host: string) {
      r.lookups += 1;
      const found = r.answers[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found;
    },
  };
  return r;
}

describe('HTTP callback sender', () => {
  it('POSTs the body with the headers and returns status, Retry-After and a capped excerpt', async () => {
    sender = createHttpCallbackSender({ allowPrivate: true, excerptBytes: 10 });
    receiver = await startLoopbackReceiver(answer(429, { 'retry-after': '30' }, 'slow down, please, really'));
    const result = await post(receiver.url);
    expect(result).toMatchObject({ kind: 'response', status: 429, retryAfter: '30', excerpt: 'slow down,' });
    const [got] = receiver.received;
    expect(got).toMatchObject({ method: 'POST', path: '/hook', body: '{"a":1}' });
    expect(got?.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'msg_x', 'content-length': '7' });
  });

  it('times out a receiver that never answers', async () => {
    sender = createHttpCallbackSender({ allowPrivate: true });
    receiver = await startLoopbackReceiver(() => {});
    const result = await post(receiver.url, 100);
    expect(result).toMatchObject({ kind: 'error', error: 'timeout' });
    expect(result.durationMs).toBeGreaterThanOrEqual(95);
    expect(result.durationMs).toBeLessThan(1000);
  });

  it('keeps a status that arrived before the deadline even if the body hangs', async () => {
    sender = createHttpCallbackSender({ allowPrivate: true });
    receiver = await startLoopbackReceiver((_req, res) => {
      res.writeHead(200);
      res.write('partial');
    });
    expect(await post(receiver.url, 150)).toMatchObject({ kind: 'response', status: 200, excerpt: 'partial' });
  });

  it('reports a refused connection', async () => {
    sender = createHttpCallbackSender({ allowPrivate: true });
    receiver = await startLoopbackReceiver();
    expect(await post(`http://127.0.0.1:${await refusedPort()}/`)).toMatchObject({ kind: 'error', error: 'connect' });
  });

  it('reuses kept-alive connections', async () => {
    sender = createHttpCallbackSender({ allowPrivate: true });
    receiver = await startLoopbackReceiver(answer(204));
    for (let i = 0; i < 5; i++) await post(receiver.url);
    expect(receiver.received).toHaveLength(5);
    expect(new Set(receiver.received.map((r) => r.remotePort)).size).toBe(1);
  });
});

describe('SSRF guard at connect time', () => {
  it.each([
    'http://127.0.0.1:{port}/hook',
    'http://[::1]:{port}/hook',
    'http://[::ffff:127.0.0.1]:{port}/hook',
    'http://0x7f.1:{port}/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/',
    'http://100.64.0.1/',
    'http://[fd00::1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
  ])('refuses the literal %s without dialling', async (template) => {
    sender = createHttpCallbackSender({ allowPrivate: false });
    receiver = await startLoopbackReceiver();
    const result = await post(template.replace('{port}', String(receiver.port)));
    expect(result).toMatchObject({ kind: 'error', error: 'blocked' });
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses a name whose DNS answer changed to a private address after submit (no rebinding window)', async () => {
    receiver = await startLoopbackReceiver();
    const dns = switchableResolver({ 'hooks.example.test': ['93.184.216.34'] });
    sender = createHttpCallbackSender({ allowPrivate: false, resolver: dns });
    dns.answers['hooks.example.test'] = ['127.0.0.1'];
    const result = await post(`http://hooks.example.test:${receiver.port}/hook`);
    expect(result).toMatchObject({ kind: 'error', error: 'blocked' });
    expect(result.kind === 'error' && result.message).toMatch(/127\.0\.0\.1 is not public \(loopback\)/);
    expect(dns.lookups).toBe(1);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses a name when any address of the answer is private', async () => {
    receiver = await startLoopbackReceiver();
    const dns = switchableResolver({ 'mixed.example.test': ['93.184.216.34', '::ffff:127.0.0.1'] });
    sender = createHttpCallbackSender({ allowPrivate: false, resolver: dns });
    expect(await post(`http://mixed.example.test:${receiver.port}/`)).toMatchObject({ kind: 'error', error: 'blocked' });
  });

  it('dials the address the resolver gave when private targets are allowed', async () => {
    receiver = await startLoopbackReceiver();
    const dns = switchableResolver({ 'dev.example.test': ['127.0.0.1'] });
    sender = createHttpCallbackSender({ allowPrivate: true, resolver: dns });
    expect(await post(`http://dev.example.test:${receiver.port}/hook`)).toMatchObject({ kind: 'response', status: 200 });
    expect(receiver.received[0]?.headers.host).toBe(`dev.example.test:${receiver.port}`);
    expect(dns.lookups).toBe(1);
  });

  it('reports a name that does not resolve as a connection error', async () => {
    receiver = await startLoopbackReceiver();
    sender = createHttpCallbackSender({ allowPrivate: false, resolver: switchableResolver({}) });
    expect(await post('http://nowhere.example.test/')).toMatchObject({ kind: 'error', error: 'connect' });
  });
});
