import { describe, expect, it } from 'vitest';
import { composeSong } from '../../compose/compose-song.ts';
import type { Score } from '../../score.ts';
import { parseLyrics } from '../../lyrics/parse-lyrics.ts';
import { composeVocalSong } from '../../setting/compose-vocal-song.ts';
import { interpretRequest } from '../interpret-request.ts';

const LYRICS = ['[Verse]', 'Under the bridges the river runs slow', 'Lanterns are swaying wherever we go', '[Chorus]', 'Paris at night, hold me tight', 'Paris at night, till the light', '[Verse]', 'Cafe tables and the smell of the rain', 'Every street corner is calling your name', '[Chorus]', 'Paris at night, hold me tight', 'Paris at night, till the light'].join('\n');

const song = (prompt: string, instrumental = true): Score =>
  composeSong(interpretRequest({ customMode: false, instrumental, model: 'V5', prompt, durationSeconds: 90, maxSeconds: 480 }, 3), 3);

/** Share of the song's bars in which any part with this program starts a note. */
function barCoverage(score: Score, program: number): number {
  const bars = new Set<number>();
  for (const part of score.parts) if (!part.isDrums && part.program === program) for (const n of part.notes) bars.add(Math.floor(n.startBeat / score.beatsPerBar));
  return bars.size / Math.round(score.totalBeats / score.beatsPerBar);
}

const drumKeys = (score: Score): Set<number> => new Set(score.parts.filter((p) => p.isDrums).flatMap((p) => p.notes.map((n) => n.pitch)));

describe('genre idioms', () => {
  it('bossa nova: nylon guitar comping, cross-stick, upright bass; no congas, cowbell or trumpet', () => {
    const score = song('acoustic bossa nova for a cafe');
    const programs = score.parts.filter((p) => !p.isDrums).map((p) => p.program);
    expect(score.parts.find((p) => p.role === 'chords')?.program).toBe(24);
    expect(score.parts.find((p) => p.role === 'bass')?.program).toBe(32);
    expect(programs).not.toContain(56);
    const keys = drumKeys(score);
    expect(keys.has(37)).toBe(true);
    for (const latinPercussion of [56, 62, 63, 64]) expect(keys.has(latinPercussion)).toBe(false);
    expect(barCoverage(score, 24)).toBeGreaterThan(0.9);
  });

  it('bluegrass: no drums, banjo rolls in most bars, upright bass, fiddle lead, a fast tempo', () => {
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'bluegrass banjo breakdown', maxSeconds: 480 }, 3);
    expect(brief.genre).toBe('bluegrass');
    expect(brief.hasDrums).toBe(false);
    expect(brief.tempo).toBeGreaterThanOrEqual(118);
    const score = composeSong(brief, 3);
    expect(score.parts.some((p) => p.isDrums)).toBe(false);
    expect(score.parts.find((p) => p.role === 'bass')?.program).toBe(32);
    expect(barCoverage(score, 105)).toBeGreaterThan(0.6);
  });

  it('country rock: sticks not brushes, no banjo, electric guitars double-tracked; country keeps its train beat and banjo', () => {
    const rock = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'country rock, driving', maxSeconds: 480 }, 3);
    expect(rock.genre).toBe('country-rock');
    expect(rock.drumKit).not.toBe(40);
    const score = composeSong(rock, 3);
    expect(score.parts.map((p) => p.program)).not.toContain(105);
    expect(score.parts.filter((p) => p.role === 'chords').map((p) => p.pan).sort((a, b) => a - b)).toEqual([2, 126]);
    const country = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'honky tonk country', maxSeconds: 480 }, 3);
    expect(country.genre).toBe('country');
    expect(country.drumKit).toBe(40);
  });

  it('a named instrument is heard in >= 25 % of the bars, in a sung song too (where the voice has the lead)', () => {
    expect(barCoverage(song('a french chanson with accordion'), 21)).toBeGreaterThanOrEqual(0.25);
    const brief = interpretRequest({ customMode: true, instrumental: false, model: 'V5', style: 'french chanson with accordion', prompt: LYRICS, maxSeconds: 480 }, 3);
    const sung = composeVocalSong(brief, parseLyrics(LYRICS), 3);
    expect(sung.parts.some((p) => p.role === 'vocal')).toBe(true);
    expect(barCoverage(sung, 21)).toBeGreaterThanOrEqual(0.25);
  });
});
