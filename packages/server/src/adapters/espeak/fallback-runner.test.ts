import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEspeakCli } from './cli-runner.ts';
import { createEspeakSynth } from './espeak-phoneme-synth.ts';

describe('the espeak-ng program', () => {
  it('is checked again when it fails, and the bundled WASM build takes over when it is gone', async () => {
    const system = await findEspeakCli();
    expect(system, 'this test needs the espeak-ng program on PATH').not.toBeNull();
    const dir = mkdtempSync(path.join(tmpdir(), 'songloom-espeak-program-'));
    const program = path.join(dir, 'espeak-ng');
    writeFileSync(program, `#!/bin/sh\nexec ${system!.command === 'espeak-ng' ? 'espeak-ng' : system!.command} "$@"\n`);
    chmodSync(program, 0o755);
    const reasons: string[] = [];
    const synth = await createEspeakSynth({ command: program, onFallback: (reason) => reasons.push(reason) });
    try {
      expect(synth.program).toBe('cli');
      const before = await synth.phonemize(['morning'], 'en');
      expect(before[0]!.length).toBeGreaterThan(0);
      rmSync(program);
      const after = await synth.phonemize(['evening'], 'en');
      expect(after[0]!.length).toBeGreaterThan(0);
      expect(synth.program).toBe('wasm');
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain('bundled WASM build');
    } finally {
      await synth.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
