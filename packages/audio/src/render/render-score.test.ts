import { describe, expect, it } from 'vitest';
import { sharedSoundBank } from '../testing/shared-bank.test-support.ts';
import { sampleScore } from '../testing/sample-score.test-support.ts';
import { samplePeak, type StereoAudio } from '../stereo-audio.ts';
import { renderFrameCount, renderScore } from './render-score.ts';
import { loadSoundBank } from './sound-bank.ts';
import { readSoundBankBytes } from '../testing/assets.test-support.ts';

function rms(a: Float32Array, from = 0, to = a.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += a[i]! * a[i]!;
  return Math.sqrt(sum / Math.max(1, to - from));
}

describe('renderScore', () => {
  it('renders exactly durationSeconds + tailSeconds, in chunks, with a ringing tail', async () => {
    const score = sampleScore({ bars: 2, tempo: 117, tailSeconds: 1.3 });
    const chunks: StereoAudio[] = [];
    const audio = await renderScore(score, sharedSoundBank(), { chunkFrames: 4096, onChunk: (c) => void chunks.push(c) });
    expect(audio.left.length).toBe(Math.round((score.durationSeconds + 1.3) * 44_100));
    expect(audio.right.length).toBe(renderFrameCount(score, 44_100));
    expect(chunks.reduce((n, c) => n + c.left.length, 0)).toBe(audio.left.length);
    expect(chunks[1]!.left).toEqual(audio.left.subarray(4096, 8192));
    const end = Math.round(score.durationSeconds * 44_100);
    expect(rms(audio.left, end, end + 4410)).toBeGreaterThan(1e-4);
    expect(samplePeak(audio)).toBeGreaterThan(0.05);
    expect(samplePeak(audio)).toBeLessThan(1);
  });

  it('renders stems: drums and bass differ and the stems sum to about the full mix', async () => {
    const score = sampleScore({ bars: 2 });
    const bank = sharedSoundBank();
    const full = await renderScore(score, bank);
    const stems = await Promise.all(score.parts.map((p) => renderScore(score, bank, { partIds: [p.id] })));
    const [drums, bass] = stems;
    expect(rms(drums!.left)).toBeGreaterThan(0.005);
    expect(rms(bass!.left)).toBeGreaterThan(0.005);
    const diff = drums!.left.map((v, i) => v - bass!.left[i]!);
    expect(rms(diff)).toBeGreaterThan(0.5 * Math.min(rms(drums!.left), rms(bass!.left)));
    const residual = full.left.map((v, i) => v - stems.reduce((s, stem) => s + stem.left[i]!, 0));
    // Reverb and chorus are shared non-linear-ish effects (voice stealing, modulation), so allow some residual.
    expect(rms(residual) / rms(full.left)).toBeLessThan(0.2);
  });

  it('renders an empty stem as silence of the right length', async () => {
    const score = sampleScore({ bars: 1 });
    score.parts[1]!.notes = [];
    const audio = await renderScore(score, sharedSoundBank(), { partIds: ['bass'] });
    expect(audio.left.length).toBe(renderFrameCount(score, 44_100));
    expect(samplePeak(audio)).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = renderScore(sampleScore({ bars: 8 }), sharedSoundBank(), { signal: controller.signal, onChunk: () => controller.abort(new Error('stop')) });
    await expect(run).rejects.toThrow('stop');
  });

  it('reuses a parsed bank: the second render skips parsing and sample decoding', async () => {
    const bank = loadSoundBank(readSoundBankBytes());
    const score = sampleScore({ bars: 1 });
    const timeToFirstChunk = async (): Promise<number> => {
      const start = performance.now();
      let first = 0;
      await renderScore(score, bank, { onChunk: () => void (first ||= performance.now() - start) });
      return first;
    };
    const cold = await timeToFirstChunk();
    const warm = await timeToFirstChunk();
    expect(bank.renders).toBe(2);
    // The first render of a fresh bank Vorbis-decodes the samples it uses; later ones find them decoded.
    expect(warm).toBeLessThan(cold);
    expect(warm).toBeLessThan(250);
    expect(cold).toBeLessThan(1000);
  });

  it('renders the same samples with the fast reverb loop as with spessasynth own, to float rounding', async () => {
    const score = sampleScore({ bars: 1 });
    const fast = await renderScore(score, sharedSoundBank(), { fastReverb: true });
    const reference = await renderScore(score, sharedSoundBank(), { fastReverb: false });
    expect(fast.left.length).toBe(reference.left.length);
    const largestDifference = (a: Float32Array, b: Float32Array): number => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
    expect(largestDifference(fast.left, reference.left)).toBeLessThan(1e-6);
    expect(largestDifference(fast.right, reference.right)).toBeLessThan(1e-6);
  });

  it('rejects bytes that are not a sound bank', () => {
    expect(() => loadSoundBank(new Uint8Array(64))).toThrow();
  });
});
