import { describe, expect, it } from 'vitest';
import { MAX_RENDER_SHIFT_SEMITONES, planRenderPitches, renderablePitch } from './render-pitches.ts';
import { centsBetween, midiToHz } from './voice-range.ts';

describe('planRenderPitches', () => {
  const line = [48, 50, 52, 53, 55, 57, 59, 60, 62, 64, 65, 67].map(midiToHz);

  it('renders a 12-pitch line in about half as many espeak pitches, none shifted more than a semitone', () => {
    const plan = planRenderPitches(line);
    expect(plan.size).toBe(12);
    const groups = new Set(plan.values());
    expect(groups.size).toBeLessThanOrEqual(7);
    for (const [target, render] of plan) expect(Math.abs(centsBetween(target, render))).toBeLessThanOrEqual(100 * MAX_RENDER_SHIFT_SEMITONES + 10);
  });

  it('renders only at pitches espeak sings exactly (whole-hertz setting minus 9 Hz)', () => {
    for (const render of planRenderPitches(line).values()) expect(Number.isInteger(render + 9)).toBe(true);
    expect(renderablePitch(130.81)).toBe(131);
    expect(renderablePitch(392.4)).toBe(392);
  });

  it('gives a lone pitch its own render and handles an empty line', () => {
    const a4 = midiToHz(69);
    expect(planRenderPitches([a4, a4]).get(a4)).toBe(440);
    expect(planRenderPitches([]).size).toBe(0);
  });
});
