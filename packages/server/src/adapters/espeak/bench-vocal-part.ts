import type { NoteEvent, Part } from '@songloom/music';

const LYRICS =
  'morn-ing light is call-ing me a-cross the o-pen sky we are run-ning through the fire and we will nev-er die ' +
  'hold on to the mem-o-ry of ev-ery-thing we know the riv-er keeps on sing-ing where the wil-low trees still grow ' +
  'eve-ry night I hear your voice a-gain in-side the rain I will car-ry all the stars un-til we meet a-gain';
/** Twelve pitches, C3 to G4 in C major: a tenor line. */
const PITCHES = [48, 50, 52, 53, 55, 57, 59, 60, 62, 64, 65, 67];
const STEPS = [0, 2, 4, 3, 5, 7, 6, 4, 8, 9, 11, 10, 8, 7, 5, 6, 4, 2, 3, 1];
const DURATIONS = [1, 0.5, 0.5, 1, 1, 2, 0.5, 0.5, 1, 1, 1.5, 0.5];
const PHRASE_NOTES = 12;
const REST_BEATS = 2;

/**
 * A realistic vocal part for benchmarks: English lyrics (repeating like verses and choruses do),
 * twelve distinct pitches, phrases of 12 notes with a 2-beat breath, about 120 syllables a
 * minute at 144 bpm. Deterministic.
 */
export function benchVocalPart(minutes: number, tempo = 144): Part {
  const syllables = LYRICS.split(' ').flatMap((word, wordIndex) => word.split('-').map((text, k, all) => ({ text, word: all.join(''), k, wordIndex })));
  const endBeat = (minutes * 60 * tempo) / 60;
  const notes: NoteEvent[] = [];
  let beat = 0;
  for (let n = 0; ; n++) {
    const s = syllables[n % syllables.length];
    const dur = DURATIONS[n % DURATIONS.length] ?? 1;
    if (s === undefined || beat + dur > endBeat) break;
    const cycle = Math.floor(n / syllables.length);
    // A word that starts a new round of the lyrics gets a new word index, as a sung repeat would.
    const wordIndex = s.wordIndex + cycle * 1000;
    notes.push({
      pitch: PITCHES[(STEPS[n % STEPS.length] ?? 0) % PITCHES.length] ?? 60,
      startBeat: beat,
      durationBeats: dur,
      velocity: 90,
      lyric: { text: s.text, word: s.word, wordIndex, syllableIndex: s.k, stressed: s.k === 0 },
    });
    beat += dur + ((n + 1) % PHRASE_NOTES === 0 ? REST_BEATS : 0);
  }
  return { id: 'vox', role: 'vocal', name: 'Vocal', program: 0, isDrums: false, volume: 100, pan: 64, reverb: 40, chorus: 0, notes };
}
