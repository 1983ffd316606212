import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from './support.ts';

const data = tempDataDir();
const env = { SONGLOOM_DATA_DIR: data.dir };
afterAll(() => data.remove());

describe('the songloom command line', () => {
  it('creates a key (alone on the last line), lists it, credits it and shows its webhook secret', async () => {
    const created = await runCli(['keys', 'create', '--name', 'alice', '--credits', '50'], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^sk_\S+$/);
    const listed = await runCli(['keys', 'list'], env);
    expect(listed.stdout).toContain(`${key}\talice\t50 credits`);
    expect((await runCli(['keys', 'credit', key, '+25'], env)).stdout).toContain('Balance: 75 credits');
    expect((await runCli(['keys', 'credit', key, '-100'], env)).stdout).toContain('Balance: 0 credits');
    const secret = await runCli(['keys', 'secret', key], env);
    expect(secret.stdout.trim().split('\n').at(-1)).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const rotated = await runCli(['keys', 'secret', key, '--rotate'], env);
    expect(rotated.stdout).toContain('previous');
    expect(rotated.stdout.trim().split('\n').at(-1)).not.toBe(secret.stdout.trim().split('\n').at(-1));
  }, 60_000);

  it('explains what is wrong with an unknown key or command', async () => {
    const unknown = await runCli(['keys', 'credit', 'sk_nope', '+1'], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('No such key');
    const bad = await runCli(['frobnicate'], env);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('Usage');
  }, 60_000);

  it('refuses credits above 2^53 - 1, where a number stops counting every credit', async () => {
    const huge = await runCli(['keys', 'create', '--credits', '9007199254740993'], env);
    expect(huge.code).not.toBe(0);
    expect(huge.stderr).toContain('at most 9007199254740991');
    const created = await runCli(['keys', 'create', '--credits', '9007199254740000'], env);
    const key = created.stdout.trim().split('\n').at(-1)!;
    const over = await runCli(['keys', 'credit', key, '+9007199254740993'], env);
    expect(over.code).not.toBe(0);
    expect(over.stderr).toContain('at most 9007199254740991');
    const past = await runCli(['keys', 'credit', key, '+992'], env);
    expect(past.code).not.toBe(0);
    expect(past.stderr).toContain('would pass that');
    expect((await runCli(['keys', 'credit', key, '+991'], env)).stdout).toContain('Balance: 9007199254740991 credits');
  }, 60_000);

  it('stops at start-up on a bad setting, naming it', async () => {
    const result = await runCli(['serve'], { ...env, SONGLOOM_PORT: 'not-a-port' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('SONGLOOM_PORT');
  }, 60_000);
});
