import type { NoteEvent, Part } from '@songloom/music';
import { centsBetween, midiToHz, trackPitch } from '@songloom/audio';

/** A word of a test phrase: "syl-la-bles", one pitch per note (extra pitches are melisma notes), length in beats. */
export type PhraseWord = [word: string, pitches: number[], beats: number];

/** Builds a vocal part from phrase words, the notes of each word sharing its beats equally. */
export function vocalPart(spec: readonly PhraseWord[]): Part {
  const notes: NoteEvent[] = [];
  let beat = 0;
  spec.forEach(([word, pitches, beats], wordIndex) => {
    const syllables = word.split('-');
    const dur = beats / pitches.length;
    pitches.forEach((pitch, k) => {
      const text = k < syllables.length ? (syllables[k] ?? '') : '';
      const lyric = { text, word: syllables.join(''), wordIndex, syllableIndex: Math.min(k, syllables.length - 1), stressed: k === 0 };
      notes.push({ pitch, startBeat: beat + k * dur, durationBeats: dur, velocity: 90, lyric });
    });
    beat += beats;
  });
  return { id: 'vox', role: 'vocal', name: 'Vocal', program: 0, isDrums: false, volume: 100, pan: 64, reverb: 40, chorus: 0, notes };
}

/** Per note: |cents| between the median f0 over 20-90 % of the note and the note's pitch. */
export function noteErrorsCents(audio: Float32Array, sr: number, part: Part, beatS: number): number[] {
  const frames = trackPitch(audio, sr, { minHz: 90, maxHz: 900, hopS: 0.01 });
  return part.notes.map((n) => {
    const a = (n.startBeat + 0.2 * n.durationBeats) * beatS;
    const b = (n.startBeat + 0.9 * n.durationBeats) * beatS;
    const hz = frames.filter((f) => f.timeS >= a && f.timeS <= b && f.hz !== null).map((f) => f.hz ?? 0).sort((x, y) => x - y);
    const median = hz[Math.floor(hz.length / 2)];
    return median === undefined ? Infinity : Math.abs(centsBetween(median, midiToHz(n.pitch)));
  });
}

/** Onset near `t`: after the energy minimum within ±60 ms, the first 5 ms frame that rises clearly above it. */
export function onsetNear(audio: Float32Array, sr: number, t: number): number {
  const hop = Math.round(0.002 * sr);
  const energy = (c: number): number => {
    let e = 0;
    for (let i = c; i < c + Math.round(0.005 * sr); i++) e += (audio[i] ?? 0) ** 2;
    return e;
  };
  const from = Math.max(0, Math.round((t - 0.06) * sr));
  const to = Math.round((t + 0.06) * sr);
  let min = from;
  for (let c = from; c <= to; c += hop) if (energy(c) < energy(min)) min = c;
  let peak = 0;
  for (let c = min; c < min + 0.15 * sr; c += hop) peak = Math.max(peak, energy(c));
  for (let c = min; c <= to; c += hop) if (energy(c) > Math.max(4 * energy(min), 1e-3 * peak)) return c / sr;
  return min / sr;
}
