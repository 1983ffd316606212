import { briefForTake, composeSong, interpretRequest } from '@songloom/music';
import { describe, expect, it } from 'vitest';
import { chromaCorrelation, spectralDistanceDb } from '../analysis/song-measures.ts';
import { renderBussed } from './render-song.test-support.ts';

describe('the two takes of a task, measured on rendered audio', () => {
  for (const prompt of ['a happy pop song about summer', 'dark heavy metal']) {
    it(`"${prompt}": chroma correlation < 0.25 and level-normalised spectra >= 1.5 dB apart`, async () => {
      const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt, durationSeconds: 30, maxSeconds: 480 }, 99);
      const [a, b] = await Promise.all([0, 1].map(async (take) => renderBussed(composeSong(briefForTake(brief, take, 1000 + take), 1000 + take))));
      expect(chromaCorrelation(a!, b!)).toBeLessThan(0.25);
      expect(spectralDistanceDb(a!, b!)).toBeGreaterThanOrEqual(1.5);
    });
  }
});
