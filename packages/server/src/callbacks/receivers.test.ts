import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbackHarness, type CallbackHarness } from '../testing/callback-harness.ts';
import { FakeClock } from '../testing/fake-clock.ts';

const RECEIVERS = fileURLToPath(new URL('../../../../docs/examples/receivers/', import.meta.url));

/** A receiver process and the lines it prints. */
interface Running {
  child: ChildProcess;
  lines: string[];
  url: string;
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

async function run(command: string, args: string[], secret: string): Promise<Running> {
  const child = spawn(command, args, { env: { ...process.env, SONGLOOM_WEBHOOK_SECRET: secret, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners: Array<() => void> = [];
  const onData = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const waitForLine = (pattern: RegExp, timeoutMs = 5000): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = lines.find((l) => pattern.test(l));
        if (found) resolve(found);
        return found !== undefined;
      };
      if (check()) return;
      const timer = setTimeout(() => reject(new Error(`no line ${pattern} in:\n${lines.join('\n')}`)), timeoutMs);
      listeners.push(() => check() && clearTimeout(timer));
    });
  const listening = await waitForLine(/^listening on /);
  return { child, lines, url: `${listening.replace('listening on ', '')}/songloom`, waitForLine };
}

let h: CallbackHarness;
let receiver: Running | undefined;
afterEach(async () => {
  receiver?.child.kill('SIGTERM');
  receiver = undefined;
  await h.close();
});

describe.each([
  ['node', process.execPath, ['node.mjs']],
  ['python', 'python3', ['receiver.py']],
])('the %s example receiver', (_name, command, files) => {
  it('verifies, answers 200, processes once per webhook-id and rejects a bad signature', async () => {
    h = await createCallbackHarness({ clock: new FakeClock(Date.now()) });
    const probe = await h.submit(null);
    const { current } = await h.secrets.get(probe.apiKeyId);
    receiver = await run(command, files.map((f) => RECEIVERS + f), current);
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.drain();
    await receiver.waitForLine(new RegExp(`^processed msg_${task.id}_text text ${task.id} tracks=2 ready=0$`));
    expect((await h.callbackStore.listForTask(task.id))[0]).toMatchObject({ state: 'delivered', lastStatus: 200 });

    await h.dispatcher.redeliver(task.id);
    await h.dispatcher.drain();
    await receiver.waitForLine(new RegExp(`^duplicate msg_${task.id}_text$`));
    expect(receiver.lines.filter((l) => l.startsWith(`processed msg_${task.id}_text`))).toHaveLength(1);

    await h.finishTrack(task, 0);
    await h.finishTrack(task, 1);
    await h.dispatcher.drain();
    await receiver.waitForLine(new RegExp(`^processed msg_${task.id}_complete complete ${task.id} tracks=2 ready=2$`));

    const forged = await fetch(receiver.url, {
      method: 'POST',
      headers: { 'webhook-id': 'msg_forged', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAA' },
      body: '{}',
    });
    expect(forged.status).toBe(401);
    await receiver.waitForLine(/^rejected msg_forged$/);
  });
});
