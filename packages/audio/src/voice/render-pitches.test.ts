import { describe, expect, it } from 'vitest';
import { renderablePitch } from './render-pitches.ts';

describe('renderablePitch', () => {
  it('renders only at pitches espeak sings exactly (whole-hertz setting minus 9 Hz)', () => {
    expect(renderablePitch(130.81)).toBe(131);
    expect(renderablePitch(392.4)).toBe(392);
    for (const hz of [90.3, 160.7, 229.9]) expect(Number.isInteger(renderablePitch(hz) + 9)).toBe(true);
  });
});
