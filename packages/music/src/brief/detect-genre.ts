import type { GenreId } from './genre-profile.ts';
import { GENRE_IDS, genreProfile } from './genres/index.ts';
import { findPhrase } from './text-match.ts';

/** A genre found in a text with its score (higher is a stronger match). */
export interface GenreMatch {
  genre: GenreId;
  score: number;
  at: number;
}

/**
 * Scores every genre against normalised text. A keyword scores 2 plus its extra words (so
 * "lofi hip hop" beats "hip hop"); a keyword written with a leading "~" is a weak hint worth 1.
 */
export function scoreGenres(text: string, excluded: readonly GenreId[] = []): GenreMatch[] {
  const matches: GenreMatch[] = [];
  for (const genre of GENRE_IDS) {
    if (excluded.includes(genre)) continue;
    let score = 0;
    let first = Infinity;
    for (const keyword of genreProfile(genre).keywords) {
      const weak = keyword.startsWith('~');
      const phrase = weak ? keyword.slice(1) : keyword;
      const at = findPhrase(text, phrase);
      if (at < 0) continue;
      score += weak ? 1 : 2 + phrase.split(/[\s-]+/).length - 1;
      first = Math.min(first, at);
    }
    if (score > 0) matches.push({ genre, score, at: first });
  }
  return matches.sort((a, b) => b.score - a.score || a.at - b.at);
}

/** The best genre for a text, or `fallback` when nothing matches. */
export function detectGenre(text: string, excluded: readonly GenreId[], fallback: GenreId): GenreId {
  const best = scoreGenres(text, excluded)[0];
  if (best) return best.genre;
  return excluded.includes(fallback) ? (GENRE_IDS.find((id) => !excluded.includes(id)) ?? fallback) : fallback;
}

/** Genres named by a negative tag (strong keywords only, so "epic" does not exclude cinematic). */
export function genresNamedIn(tag: string): GenreId[] {
  return GENRE_IDS.filter((genre) =>
    genreProfile(genre).keywords.some((keyword) => !keyword.startsWith('~') && findPhrase(tag, keyword) >= 0),
  );
}
