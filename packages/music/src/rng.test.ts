import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';

describe('createRng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
  it('gives different sequences for different seeds and forks', () => {
    expect(createRng(1).next()).not.toEqual(createRng(2).next());
    const root = createRng(7);
    expect(root.fork('melody').next()).not.toEqual(createRng(7).fork('drums').next());
  });
  it('keeps int within bounds', () => {
    const r = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(-2, 5);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(5);
    }
  });
});
