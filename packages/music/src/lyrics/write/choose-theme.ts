import type { Rng } from '../../rng.ts';
import type { LyricMood, ThemeBank } from './theme-bank.ts';
import { themes } from './themes.ts';

const genreThemes: readonly [RegExp, string][] = [
  [/lullaby|nursery/, 'lullaby'],
  [/punk|metal|hardcore|grunge/, 'rebellion'],
  [/country|americana|bluegrass/, 'road'],
  [/edm|dance|house|disco|techno|trance|club/, 'party'],
  [/gospel|worship|hymn|christian/, 'faith'],
  [/blues/, 'heartbreak'],
  [/reggae|surf|tropical/, 'summer'],
  [/synthwave|city pop|lo-?fi/, 'night-city'],
  [/folk|acoustic/, 'nature'],
];

const moodThemes: Record<LyricMood, readonly string[]> = {
  sad: ['heartbreak', 'memory', 'rain'],
  happy: ['summer', 'party', 'friendship'],
  angry: ['rebellion'],
  calm: ['nature', 'ocean', 'dreams'],
  romantic: ['love'],
};

function stemMatches(token: string, keyword: string): boolean {
  if (token === keyword) return true;
  if (token.length < 4 || keyword.length < 4) return false;
  return token.startsWith(keyword) || (keyword.startsWith(token) && keyword.length - token.length <= 2);
}

function byId(id: string): ThemeBank | undefined {
  return themes.find((t) => t.id === id);
}

/**
 * Picks the song's themes from the description's words (the best match first, a second one when
 * the description names two), falling back on the genre, then the mood.
 */
export function chooseThemes(description: string, genre: string, mood: LyricMood, rng: Rng): { primary: ThemeBank; secondary: ThemeBank | undefined } {
  const tokens = description.toLowerCase().match(/[a-z]+/g) ?? [];
  const scored = themes
    .map((theme) => ({ theme, score: tokens.filter((t) => theme.keywords.some((k) => stemMatches(t, k))).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.theme.id.localeCompare(b.theme.id));
  const genreTheme = byId(genreThemes.find(([p]) => p.test(genre.toLowerCase()))?.[1] ?? '');
  const moodTheme = byId(rng.pick(moodThemes[mood])) ?? (themes[0] as ThemeBank);
  const primary = scored[0]?.theme ?? genreTheme ?? moodTheme;
  const secondary = scored.find((s) => s.theme !== primary)?.theme ?? (genreTheme !== primary ? genreTheme : undefined);
  return { primary, secondary };
}
