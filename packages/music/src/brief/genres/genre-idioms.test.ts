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

  const hitsAt = (score: Score, key: number): number[] => score.parts.filter((p) => p.isDrums).flatMap((p) => p.notes.filter((n) => n.pitch === key).map((n) => n.startBeat));
  const onBeats = (beats: number[], positions: number[]): number => beats.filter((b) => positions.some((p) => Math.abs((((b % 4) + 4) % 4) - p) < 0.06)).length / Math.max(1, beats.length);
  /** Share of the positions (beats in the bar) that have a hit, over the chorus bars before their last (fill) bar. */
  const grooveCoverage = (score: Score, key: number, positions: number[]): number => {
    const hits = hitsAt(score, key);
    let found = 0;
    let total = 0;
    for (const section of score.sections.filter((s) => s.kind === 'chorus')) {
      for (let bar = 0; bar < section.bars - 1; bar++) {
        for (const p of positions) {
          total++;
          if (hits.some((b) => Math.abs(b - (section.startBeat + bar * 4 + p)) < 0.06)) found++;
        }
      }
    }
    return found / Math.max(1, total);
  };

  it('trap: TR-808 kit, clap on beat 3 (half time), sixteenth hi-hats, 130-160 bpm', () => {
    const score = song('dark trap beat');
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'dark trap beat', maxSeconds: 480 }, 3);
    expect([brief.genre, brief.drumKit]).toEqual(['trap', 25]);
    expect(brief.tempo).toBeGreaterThanOrEqual(130);
    expect(onBeats(hitsAt(score, 39), [2])).toBeGreaterThan(0.8);
    const hats = hitsAt(score, 42);
    expect(hats.filter((b) => Math.abs((b % 0.5) - 0.25) < 0.06).length).toBeGreaterThan(hats.length * 0.3);
  });

  it('drum and bass: 164-178 bpm, two-step snare on 2 and 4, builds into drops', () => {
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'liquid drum and bass', maxSeconds: 480 }, 3);
    expect(brief.genre).toBe('drum-and-bass');
    expect(brief.tempo).toBeGreaterThanOrEqual(164);
    expect(brief.arc).toBe('build-drop');
    const score = composeSong(brief, 3);
    expect(grooveCoverage(score, 38, [1, 3])).toBeGreaterThan(0.9);
    expect(grooveCoverage(score, 36, [1])).toBeLessThan(0.1);
  });

  it('techno and disco: a kick on every beat; techno pulses its arpeggio through the song, disco bass jumps octaves', () => {
    for (const prompt of ['berlin techno', 'disco']) {
      expect(grooveCoverage(song(prompt), 36, [0, 1, 2, 3])).toBeGreaterThan(0.9);
    }
    const techno = song('berlin techno');
    expect(barCoverage(techno, techno.parts.find((p) => p.role === 'arpeggio')!.program)).toBeGreaterThan(0.6);
    const bass = song('disco').parts.find((p) => p.role === 'bass')!.notes;
    const octaves = bass.slice(1).filter((n, i) => Math.abs(n.pitch - bass[i]!.pitch) === 12).length;
    expect(octaves).toBeGreaterThan(bass.length * 0.3);
  });

  it('afrobeats: a 3+3+2 kick, shaker sixteenths, 98-118 bpm', () => {
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'afrobeats summer jam', maxSeconds: 480 }, 3);
    expect(brief.genre).toBe('afrobeats');
    expect(brief.tempo).toBeGreaterThanOrEqual(98);
    expect(brief.tempo).toBeLessThanOrEqual(118);
    const score = composeSong(brief, 3);
    expect(onBeats(hitsAt(score, 36), [0, 0.75, 1.5, 1.75, 2.5, 3.25])).toBeGreaterThan(0.8);
    expect(hitsAt(score, 70).length).toBeGreaterThan(0);
  });

  it('punk: >= 150 bpm, power chords double-tracked hard left and right, no swing', () => {
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'pop punk', maxSeconds: 480 }, 3);
    expect(brief.genre).toBe('punk');
    expect(brief.tempo).toBeGreaterThanOrEqual(150);
    expect(brief.swing).toBe(0);
    const score = composeSong(brief, 3);
    expect(score.parts.filter((p) => p.role === 'chords').map((p) => p.pan).sort((a, b) => a - b)).toEqual([2, 126]);
  });

  it('gospel: organ, piano and a choir, a swung feel; k-pop: four on the floor under a build into the chorus', () => {
    const gospel = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'gospel choir', maxSeconds: 480 }, 3);
    expect(gospel.genre).toBe('gospel');
    expect(gospel.swing).toBeGreaterThan(0);
    const programs = gospel.instrumentation.map((s) => s.program);
    expect(programs.some((p) => p >= 16 && p <= 19)).toBe(true);
    expect(programs).toContain(52);
    const kpop = composeSong(interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt: 'k-pop dance track', maxSeconds: 480 }, 3), 3);
    expect(grooveCoverage(kpop, 36, [0, 1, 2, 3])).toBeGreaterThan(0.9);
    const energy = (kind: string): number => kpop.sections.find((s) => s.kind === kind)?.energy ?? NaN;
    expect(energy('chorus')).toBeGreaterThan(energy('pre-chorus'));
    expect(energy('pre-chorus')).toBeGreaterThan(energy('verse'));
  });
});
