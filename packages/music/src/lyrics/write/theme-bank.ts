/**
 * The curated word bank the lyric writer draws on. Lines are written by hand so that they read as
 * lyrics; `{adj}` inside a line is filled with an adjective of the song's mood. A leading "~" marks a
 * line for dark moods only, "^" one for bright moods only. Line ends are fixed words, so the rhyme
 * index can group lines by the sound of their last word.
 */
export interface HookPhrase {
  /** The song title this hook gives, e.g. "Dancing in the Rain". */
  title: string;
  /** The chorus line that carries it, e.g. "we keep on dancing in the rain". */
  line: string;
  /** Lines whose last word rhymes with the hook line's last word. */
  answers: readonly string[];
}

export interface ThemeBank {
  id: string;
  /** Description words that call this theme (matched on word stems). */
  keywords: readonly string[];
  hooks: readonly HookPhrase[];
  /** Concrete, scene-setting lines for verses. */
  verse: readonly string[];
  /** Lines that sit around the hook in a chorus. */
  chorus: readonly string[];
  /** Reflective lines for a bridge (shared bridge lines are added to these). */
  bridge: readonly string[];
}

export type LyricMood = 'sad' | 'happy' | 'angry' | 'calm' | 'romantic';

/** True when a bank line may be used in a song of this mood. */
export function lineFitsMood(line: string, mood: LyricMood): boolean {
  if (line.startsWith('~')) return mood === 'sad' || mood === 'angry';
  if (line.startsWith('^')) return mood === 'happy' || mood === 'romantic' || mood === 'calm';
  return true;
}

/** The line without its mood mark. */
export function lineText(line: string): string {
  return line.replace(/^[~^]/, '');
}
