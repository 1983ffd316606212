import { afterAll, describe, expect, it } from 'vitest';
import { WasmEspeakRunner } from './wasm-runner.ts';

const speak = (voice: string, text: string) => ({ args: ['-v', voice, '-s', '140', text], variants: new Map<string, string>(), wantWav: true });
const phonemes = (text: string) => ({ args: ['-q', '-x', '-v', 'en-us', text], variants: new Map<string, string>(), wantWav: false });

describe('the espeak-ng WASM host', () => {
  const runner = new WasmEspeakRunner();
  afterAll(() => runner.close());

  it('starts every run from the same state: a run repeated after other runs gives the same bytes', async () => {
    const first = await runner.run(speak('en-us', 'hello world'));
    await runner.run(speak('fr', 'bonjour tout le monde'));
    await runner.run(phonemes('summer.\nevening.'));
    const again = await runner.run(speak('en-us', 'hello world'));
    expect(first.wav?.length).toBeGreaterThan(10_000);
    expect(Buffer.from(again.wav!).equals(Buffer.from(first.wav!))).toBe(true);
  });

  it('reads each run its own arguments (option parsing is not left where the last run stopped)', async () => {
    expect((await runner.run(phonemes('hello.'))).stdout.map((l) => l.trim())).toEqual(["h@l'oU"]);
    expect((await runner.run(phonemes('summer.\nstay.'))).stdout.map((l) => l.trim())).toEqual(["s'Vm3", "st'eI"]);
  });
});
