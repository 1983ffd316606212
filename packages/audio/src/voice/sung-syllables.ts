import type { NoteEvent, Part } from '@songloom/music';
import { alignSyllables, splitPhonemeSyllables, type PhonemeSyllable } from './phoneme-syllables.ts';

/** One phonemic syllable and the notes it is sung on (several for a melisma). */
export interface SungSyllable {
  syllable: PhonemeSyllable;
  notes: NoteEvent[];
  wordIndex: number;
  word: string;
}

/** The words of a vocal part in order, keyed by `lyric.wordIndex`, with their syllable notes. */
export interface PartWord {
  wordIndex: number;
  word: string;
  /** Notes per written syllable; melisma continuations are appended to the syllable they extend. */
  syllableNotes: NoteEvent[][];
}

/** Groups a vocal part's notes into words and written syllables. Notes before any lyric are skipped. */
export function collectWords(part: Part): PartWord[] {
  const words: PartWord[] = [];
  const notes = [...part.notes].sort((a, b) => a.startBeat - b.startBeat);
  for (const note of notes) {
    const lyric = note.lyric;
    const current = words[words.length - 1];
    if (lyric === undefined || lyric.text === '') {
      current?.syllableNotes[current.syllableNotes.length - 1]?.push(note);
      continue;
    }
    if (current === undefined || current.wordIndex !== lyric.wordIndex) {
      words.push({ wordIndex: lyric.wordIndex, word: lyric.word, syllableNotes: [[note]] });
    } else {
      current.syllableNotes.push([note]);
    }
  }
  return words;
}

/** Maps each word's written syllables onto the syllables of its phonemes (one per vowel). */
export function buildSungSyllables(words: readonly PartWord[], phonemes: readonly string[][]): SungSyllable[] {
  return words.flatMap((w, i) => {
    const split = splitPhonemeSyllables(phonemes[i] ?? []);
    const { syllables, writtenToPhonemic } = alignSyllables(split, w.syllableNotes.length);
    const sung: SungSyllable[] = [];
    w.syllableNotes.forEach((notes, j) => {
      const target = writtenToPhonemic[j] ?? 0;
      const previous = sung[sung.length - 1];
      if (previous !== undefined && previous.syllable === syllables[target]) {
        previous.notes.push(...notes);
        return;
      }
      const syllable = syllables[target] ?? { onset: [], vowel: '@', stress: "'", coda: [] };
      sung.push({ syllable, notes: [...notes], wordIndex: w.wordIndex, word: w.word });
    });
    return sung;
  });
}

/** Cleans a written word for the phonemizer: letters, apostrophes and hyphens only. */
export function speakableWord(word: string): string {
  const cleaned = word.normalize('NFC').replace(/[^\p{L}\p{M}'’-]+/gu, '');
  return cleaned === '' ? 'a' : cleaned;
}
