import { describe, expect, it } from 'vitest';
import { genreProfile } from '../brief/genres/index.ts';
import type { Score } from '../score.ts';
import { composeSong } from './compose-song.ts';
import { chordAt } from './harmony/chord-at.ts';
import { briefFor } from './test-helpers.ts';
import { explainChromatic, isAllowedPitch } from './theory/chromatic.ts';

const STYLES = [
  'upbeat pop with piano',
  'melancholic indie rock',
  'boom bap hip hop, 90 bpm',
  'lofi hip hop, rhodes, rainy',
  'deep house, 124 bpm',
  'dark synthwave in A minor',
  'smooth jazz with saxophone',
  'slow delta blues in E',
  'funky disco with slap bass',
  'neo soul r&b, romantic',
  'country with banjo and fiddle',
  'acoustic folk in 3/4',
  'roots reggae',
  'bossa nova, nylon guitar',
  'aggressive thrash metal',
  'classical string quartet in D major',
  'epic cinematic trailer in 6/8',
  'calm ambient pads',
  'viennese waltz with violin',
  'trap with 808s, 140 bpm, 12/8',
];

function problems(score: Score): string[] {
  const found: string[] = [];
  for (const part of score.parts) {
    part.notes.forEach((note, i) => {
      const where = `${part.id}#${i}`;
      if (!Number.isInteger(note.pitch) || note.pitch < 0 || note.pitch > 127) found.push(`${where} pitch ${note.pitch}`);
      if (note.velocity < 1 || note.velocity > 127) found.push(`${where} velocity ${note.velocity}`);
      if (!(note.durationBeats > 0)) found.push(`${where} duration ${note.durationBeats}`);
      if (note.startBeat < 0 || note.startBeat + note.durationBeats > score.totalBeats + 1e-6) found.push(`${where} outside the song`);
      if (i > 0 && note.startBeat < (part.notes[i - 1]?.startBeat ?? 0)) found.push(`${where} not sorted`);
    });
  }
  if (new Set(score.parts.map((p) => p.id)).size !== score.parts.length) found.push('duplicate part ids');
  return found;
}

describe('composeSong: valid scores for varied styles', () => {
  it.each(STYLES)('%s', (style) => {
    const brief = briefFor(style);
    const score = composeSong(brief, 7);
    expect(score.totalBeats).toBeGreaterThan(0);
    expect(problems(score)).toEqual([]);
    expect(score.parts.find((p) => p.role === 'lead')?.notes.length).toBeGreaterThan(10);
    expect(score.chords.length).toBeGreaterThan(0);
  });
});

describe('composeSong: explicit request values land in the score', () => {
  it.each([
    ['pop, 92 bpm, in F# minor, 3/4', 92, { tonic: 6, mode: 'minor' }, 3, 4],
    ['jazz, 132 bpm, Bb major', 132, { tonic: 10, mode: 'major' }, 4, 4],
    ['folk in 6/8, 70 bpm, G major', 70, { tonic: 7, mode: 'major' }, 6, 8],
  ])('%s', (style, tempo, key, numerator, denominator) => {
    const score = composeSong(briefFor(style), 3);
    expect(score.tempo).toBe(tempo);
    expect(score.key).toEqual(key);
    expect(score.timeSignature).toEqual({ numerator, denominator });
    expect(score.beatsPerBar).toBe((numerator * 4) / denominator);
  });
});

describe('composeSong: instruments follow the brief', () => {
  it.each([
    ['jazz with saxophone', [65]],
    ['pop with violin and acoustic guitar', [40, 25]],
    ['house with synth and piano', [81, 0]],
    ['classical string quartet', [40, 41, 42]],
  ])('%s has programs %j', (style, wanted) => {
    const score = composeSong(briefFor(style), 11);
    const used = score.parts.filter((p) => !p.isDrums && p.notes.length > 0).map((p) => p.program);
    for (const program of wanted) expect(used).toContain(program);
  });

  it('leaves out excluded instruments and drums', () => {
    for (const seed of [1, 2, 3]) {
      const score = composeSong(briefFor('rock with piano and organ', { negativeTags: 'piano, drums, distorted guitar' }), seed);
      expect(score.parts.some((p) => p.isDrums)).toBe(false);
      expect(score.parts.some((p) => p.program <= 5 || p.program === 29 || p.program === 30)).toBe(false);
    }
  });
});

describe('composeSong: harmony and melody stay in key', () => {
  it.each(STYLES)('%s: lead and chord notes are in the key or named chromatic notes', (style) => {
    const brief = briefFor(style);
    const options = { blueNotes: genreProfile(brief.genre).blueNotes };
    for (const seed of [1, 2]) {
      const score = composeSong(brief, seed);
      for (const part of score.parts.filter((p) => ['lead', 'chords', 'pad'].includes(p.role))) {
        for (const note of part.notes) {
          // Humanised notes may start a few ms early: judge them by the chord at their written position.
          const chord = chordAt(score.chords, note.startBeat + 0.05);
          if (!isAllowedPitch(note.pitch, score.key, chord, options)) {
            throw new Error(`${style}: ${part.id} pitch ${note.pitch} at ${note.startBeat} over ${chord?.symbol} is not in ${JSON.stringify(score.key)}`);
          }
        }
      }
    }
  });

  it('names the chromatic notes it uses', () => {
    const score = composeSong(briefFor('slow delta blues in E'), 5);
    const reasons = new Set(score.parts.filter((p) => p.role === 'chords').flatMap((p) => p.notes.map((n) => explainChromatic(n.pitch, score.key, chordAt(score.chords, n.startBeat + 0.05), { blueNotes: true }))));
    expect(reasons.has('secondary-dominant') || reasons.has('borrowed') || reasons.has('blue-note')).toBe(true);
  });
});

describe('composeSong: form and hook', () => {
  it.each(STYLES.slice(0, 12))('%s has verses and choruses, and every chorus opens with the same hook', (style) => {
    const score = composeSong(briefFor(style), 21);
    const kinds = score.sections.map((s) => s.kind);
    expect(kinds).toContain('verse');
    expect(kinds).toContain('chorus');
    const lead = score.parts.find((p) => p.role === 'lead');
    const choruses = score.sections.filter((s) => s.kind === 'chorus');
    const hookBeats = 2 * score.beatsPerBar;
    const hooks = choruses.map((section) =>
      (lead?.notes ?? []).filter((n) => n.startBeat >= section.startBeat - 0.1 && n.startBeat < section.startBeat + hookBeats - 0.1).map((n) => ({ pitch: n.pitch, at: n.startBeat - section.startBeat })),
    );
    expect(hooks[0]?.length).toBeGreaterThan(1);
    for (const hook of hooks.slice(1)) {
      expect(hook.map((n) => n.pitch)).toEqual(hooks[0]?.map((n) => n.pitch));
      hook.forEach((n, i) => expect(Math.abs(n.at - (hooks[0]?.[i]?.at ?? 0))).toBeLessThan(0.06));
    }
  });

  it('builds energy into choruses', () => {
    const score = composeSong(briefFor('pop'), 4);
    const mean = (kind: string): number => {
      const sections = score.sections.filter((s) => s.kind === kind);
      return sections.reduce((sum, s) => sum + s.energy, 0) / sections.length;
    };
    expect(mean('chorus')).toBeGreaterThan(mean('verse'));
    const drums = score.parts.find((p) => p.isDrums);
    const velocityIn = (kind: string): number => {
      const notes = (drums?.notes ?? []).filter((n) => score.sections.some((s) => s.kind === kind && n.startBeat >= s.startBeat && n.startBeat < s.startBeat + s.bars * score.beatsPerBar));
      return notes.reduce((sum, n) => sum + n.velocity, 0) / notes.length;
    };
    expect(velocityIn('chorus')).toBeGreaterThan(velocityIn('verse'));
  });

  it('uses a form given by the caller', () => {
    const form = [
      { kind: 'verse', label: 'Verse 1', bars: 8 },
      { kind: 'chorus', label: 'Chorus', bars: 8 },
      { kind: 'verse', label: 'Verse 2', bars: 4 },
      { kind: 'chorus', label: 'Chorus', bars: 8 },
    ] as const;
    const score = composeSong(briefFor('pop, 120 bpm'), 9, { form: [...form] });
    expect(score.sections.map((s) => [s.kind, s.label, s.bars])).toEqual(form.map((s) => [s.kind, s.label, s.bars]));
    expect(score.totalBeats).toBe(28 * 4);
  });
});

describe('composeSong: length', () => {
  const styles = ['pop', 'slow ambient', 'metal, 180 bpm', 'waltz', 'cinematic in 6/8, 60 bpm', 'jazz in 5/4', 'lofi 40 bpm in 12/8'];
  it.each([10, 30, 95, 240, 480])('lasts %i s (±2) for every style', (seconds) => {
    for (const style of styles) {
      const score = composeSong(briefFor(style, { durationSeconds: seconds }), seconds);
      expect(Math.abs(score.durationSeconds + score.tailSeconds - seconds)).toBeLessThanOrEqual(2);
      expect(score.tailSeconds).toBeGreaterThanOrEqual(0);
    }
  });

  it('never exceeds maxSeconds', () => {
    for (const style of styles) {
      for (const maxSeconds of [12, 45, 100]) {
        const score = composeSong(briefFor(style, { durationSeconds: 300, maxSeconds }), 1);
        expect(score.durationSeconds + score.tailSeconds).toBeLessThanOrEqual(maxSeconds + 1e-9);
      }
      const long = [{ kind: 'verse' as const, label: 'Verse 1', bars: 400 }];
      const capped = composeSong(briefFor(style, { maxSeconds: 60 }), 1, { form: long });
      expect(capped.durationSeconds + capped.tailSeconds).toBeLessThanOrEqual(60);
    }
  });
});

describe('composeSong: determinism and variety', () => {
  it('gives an identical score for the same seed', () => {
    const brief = briefFor('funky disco with slap bass');
    expect(composeSong(brief, 42)).toEqual(composeSong(brief, 42));
  });

  it('gives audibly different songs for different seeds', () => {
    for (const style of ['pop', 'jazz', 'rock', 'lofi']) {
      const brief = briefFor(style);
      const [a, b] = [composeSong(brief, 1), composeSong(brief, 2)];
      const pitches = (s: Score): string => (s.parts.find((p) => p.role === 'lead')?.notes ?? []).slice(0, 40).map((n) => n.pitch).join(',');
      expect(pitches(a)).not.toEqual(pitches(b));
      const drumHits = (s: Score): string => (s.parts.find((p) => p.isDrums)?.notes ?? []).slice(0, 200).map((n) => `${n.pitch}@${n.startBeat.toFixed(1)}`).join(',');
      const chordVoices = (s: Score): string => (s.parts.find((p) => p.role === 'chords')?.notes ?? []).slice(0, 40).map((n) => n.pitch).join(',');
      expect(drumHits(a) !== drumHits(b) || chordVoices(a) !== chordVoices(b)).toBe(true);
    }
  });

  it('composes a three-minute song in well under 100 ms', () => {
    const brief = briefFor('upbeat pop with piano and strings', { durationSeconds: 180 });
    composeSong(brief, 0);
    const times = [1, 2, 3, 4, 5].map((seed) => {
      const start = performance.now();
      composeSong(brief, seed);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(100);
  });
});
