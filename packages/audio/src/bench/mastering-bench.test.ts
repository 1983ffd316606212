import { describe, expect, it } from 'vitest';
import { createStereoAudio } from '../stereo-audio.ts';
import { runMasteringBench } from './mastering-bench.ts';

describe('runMasteringBench', () => {
  it('loops the render to the requested length and reports consistent timings and guarantees', async () => {
    const render = createStereoAudio(44_100, 44_100);
    for (let i = 0; i < render.left.length; i++) {
      render.left[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / 44_100) * Math.sin((2 * Math.PI * 2 * i) / 44_100);
      render.right[i] = 0.5 * render.left[i]!;
    }
    let clock = 0;
    const figures = await runMasteringBench(render, { minSeconds: 2.5, runs: 2, now: () => (clock += 10) });
    expect(figures.audioSeconds).toBe(3);
    expect(figures.masterMs).toBe(10);
    expect(figures.masterXRealTime).toBe(300);
    expect(figures.mp3XRealTime).toBe(300);
    expect(Math.abs(figures.masteredLufs + 14)).toBeLessThan(0.2);
    expect(figures.masteredTruePeakDbtp).toBeLessThanOrEqual(-1);
  });
});
