import type { GenreId } from '../../brief/genre-profile.ts';
import { GENRE_IDS, genreProfile } from '../../brief/genres/index.ts';
import type { Rng } from '../../rng.ts';

/** The sung parts of a written song, in order. */
export type WrittenPart = 'verse' | 'pre-chorus' | 'chorus' | 'bridge' | 'outro';

const forms: Record<string, readonly WrittenPart[]> = {
  classic: ['verse', 'chorus', 'verse', 'chorus', 'bridge', 'chorus', 'outro'],
  pop: ['verse', 'pre-chorus', 'chorus', 'verse', 'pre-chorus', 'chorus', 'bridge', 'chorus', 'outro'],
  short: ['verse', 'chorus', 'verse', 'chorus', 'chorus', 'outro'],
  folk: ['verse', 'chorus', 'verse', 'chorus', 'verse', 'chorus', 'outro'],
  lullaby: ['verse', 'chorus', 'verse', 'chorus', 'outro'],
};

const styleForms: readonly [RegExp, readonly string[]][] = [
  [/lullaby|nursery|cradle/, ['lullaby']],
  [/punk|grunge|garage|hardcore/, ['short', 'classic']],
  [/pop|edm|dance|house|disco|electro|k-pop|techno|trance/, ['pop']],
  [/country|folk|americana|bluegrass|singer-songwriter|acoustic/, ['folk', 'classic']],
];

/** The genre's own sung form: its template's verses, pre-choruses, choruses and bridge, then an outro. */
function genreForm(genre: GenreId): WrittenPart[] {
  const sung = genreProfile(genre)
    .form.map(([kind]) => kind)
    .filter((kind): kind is WrittenPart => kind === 'verse' || kind === 'pre-chorus' || kind === 'chorus' || kind === 'bridge');
  if (sung.filter((k) => k === 'chorus').length < 3) sung.push('chorus');
  return [...sung, 'outro'];
}

/** True when the genre's form has a pre-chorus. */
export function genreHasPreChorus(genre: string): boolean {
  return (GENRE_IDS as readonly string[]).includes(genre) && genreProfile(genre as GenreId).form.some(([kind]) => kind === 'pre-chorus');
}

/**
 * The order of sung parts: a form the caller gives, else the style's words (a lullaby is short, a
 * punk song has no bridge), else the genre's own form (pre-chorus where the genre has one), else a
 * seeded common form.
 */
export function chooseForm(genre: string, style: string, rng: Rng, given?: readonly WrittenPart[]): readonly WrittenPart[] {
  if (given !== undefined && given.length > 0) return given;
  const text = style.toLowerCase();
  const named = styleForms.find(([pattern]) => pattern.test(text))?.[1];
  if (named !== undefined) return forms[rng.pick(named)] ?? (forms.classic as readonly WrittenPart[]);
  if ((GENRE_IDS as readonly string[]).includes(genre)) return genreForm(genre as GenreId);
  return forms[rng.pick(['classic', 'pop', 'short'])] ?? (forms.classic as readonly WrittenPart[]);
}

/** Near rhymes suit these genres (slant rhyme is their habit); hymn-like, classical and children's songs rhyme perfectly. */
export function allowsNearRhyme(genre: string, style: string): boolean {
  const text = `${genre} ${style}`.toLowerCase();
  if (/lullaby|nursery|hymn|gospel|classical|waltz|cinematic|musical|broadway/.test(text)) return false;
  return /hip-hop|hip hop|rap|trap|rock|metal|punk|grunge|pop|rnb|r&b|soul|funk|reggae|latin|lo-fi|house|synthwave|indie|blues|country|folk|edm/.test(text);
}
