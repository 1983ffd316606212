import { describe, expect, it } from 'vitest';
import { soundingSpans } from './sounding-spans.ts';

describe('soundingSpans', () => {
  it('finds each sounding stretch and runs it on for the tail', () => {
    const x = new Float32Array(100);
    x.fill(0.5, 10, 20);
    x.fill(0.5, 60, 70);
    expect(soundingSpans(x, 5)).toEqual([
      { start: 10, end: 25 },
      { start: 60, end: 75 },
    ]);
  });

  it('joins stretches whose gap is shorter than the tail, and clips the last tail to the signal', () => {
    const x = new Float32Array(50);
    x[10] = 1;
    x[14] = -1;
    x[48] = 1;
    expect(soundingSpans(x, 5)).toEqual([
      { start: 10, end: 20 },
      { start: 48, end: 50 },
    ]);
  });

  it('finds nothing in silence', () => {
    expect(soundingSpans(new Float32Array(10), 3)).toEqual([]);
  });
});
