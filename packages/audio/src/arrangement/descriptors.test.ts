import { composeSong, interpretRequest } from '@songloom/music';
import { describe, expect, it } from 'vitest';
import { energyAbove, spectralDistanceDb } from '../analysis/song-measures.ts';
import { renderBussed } from './render-song.test-support.ts';

const brief = (prompt: string) => interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt, durationSeconds: 24, maxSeconds: 480 }, 4);

describe('words change the sound, measured on rendered audio', () => {
  it('"dark synthwave night drive" and "80s neon synthwave with gated drums" differ by >= 2 dB in their level-normalised spectra; dark is darker', async () => {
    const dark = brief('dark synthwave night drive');
    const gated = brief('retro 80s synthwave with neon arpeggios and gated drums');
    expect([dark.genre, gated.genre]).toEqual(['synthwave', 'synthwave']);
    const [a, b] = await Promise.all([dark, gated].map((x) => renderBussed(composeSong(x, 4))));
    expect(spectralDistanceDb(a!, b!)).toBeGreaterThanOrEqual(2);
    expect(energyAbove(a!, 4000)).toBeLessThan(energyAbove(b!, 4000));
    const gatedScore = composeSong(gated, 4);
    const drums = gatedScore.parts.find((p) => p.id === 'drums')!;
    expect(drums.reverb).toBeGreaterThan(100);
    expect(drums.notes.some((n) => n.pitch === 39)).toBe(true);
    expect(composeSong(dark, 4).parts.every((p) => p.brightness !== undefined && p.brightness < 64)).toBe(true);
  });
});
