import type { GenreId } from './genre-profile.ts';
import type { Mood } from './mood-words.ts';
import { findPhrase } from './text-match.ts';
import { genreProfile } from './genres/index.ts';
import { GENRE_TITLES, MOOD_TITLES, THEME_TITLES } from './title-lexicon.ts';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);
const WEAK_WORDS = new Set(['it', 'this', 'that', 'things', 'stuff', 'something', 'me', 'you', 'us', 'them', 'life', 'song', 'music']);

function titleCase(words: readonly string[]): string {
  return words
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** "called Blue Hour" / "titled 'Blue Hour'" in the original (not lower-cased) description. */
function namedTitle(description: string): string | null {
  const match = /\b(?:called|titled|named)\s+["“']?([^"”,.;!?\n]{2,60})["”']?/i.exec(description);
  const words = match?.[1]?.trim().split(/\s+/) ?? [];
  return words.length > 0 && words.length <= 8 ? titleCase(words.map((w) => w.toLowerCase())) : null;
}

/** "a song about summer love" -> "Summer Love" (one to four plain words). */
function subjectTitle(text: string): string | null {
  const match = /(?<![a-z])about\s+(?:a |an )?([a-z' ]+?)(?=$|[,.;!?]| with | in the | for | that | who | and the | on a )/.exec(text);
  const words = match?.[1]?.trim().split(/\s+/) ?? [];
  if (words.length === 0 || words.length > 4) return null;
  if (words.every((word) => WEAK_WORDS.has(word) || SMALL_WORDS.has(word))) return null;
  return titleCase(words);
}

/**
 * A plausible title for a song described by `description` (the caller's own words): a title the
 * text names, else the subject of "about ...", else a title for the first theme it mentions, else
 * one for its mood or genre. `pick` chooses among candidates (a stable hash of the request).
 */
export function generateTitle(description: string, text: string, moods: readonly Mood[], genre: GenreId, pick: number): string {
  const named = namedTitle(description) ?? subjectTitle(text);
  if (named) return named;
  let best: { titles: readonly string[]; at: number } | null = null;
  for (const theme of THEME_TITLES) {
    for (const word of theme.words) {
      const at = findPhrase(text, word);
      if (at >= 0 && (best === null || at < best.at)) best = { titles: theme.titles, at };
    }
  }
  const mood = moods[0];
  const titles = best?.titles ?? (mood ? MOOD_TITLES[mood] : (genreProfile(genre).titles ?? GENRE_TITLES[genre] ?? ['Untitled']));
  return titles[pick % titles.length] ?? 'Untitled';
}
