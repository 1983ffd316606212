import type { Exclusions } from './brief.ts';
import { genresNamedIn } from './detect-genre.ts';
import { DRUM_WORDS, findInstruments } from './find-instruments.ts';
import { INSTRUMENT_FAMILIES } from './instrument-families.ts';
import { hasAnyPhrase, normalizeText } from './text-match.ts';

const VOCAL_WORDS = ['vocals', 'vocal', 'voice', 'voices', 'singing', 'singer', 'lyrics', 'rap vocals'];
const TRAIT_WORDS: ReadonlyArray<{ trait: string; words: readonly string[] }> = [
  { trait: 'fast', words: ['upbeat', 'fast', 'uptempo', 'up-tempo', 'energetic', 'hype'] },
  { trait: 'slow', words: ['slow', 'downtempo', 'ballad'] },
  { trait: 'intense', words: ['loud', 'aggressive', 'heavy', 'intense', 'harsh', 'screaming', 'hard'] },
  { trait: 'sad', words: ['sad', 'dark', 'melancholic', 'depressing', 'gloomy', 'minor'] },
  { trait: 'happy', words: ['happy', 'cheerful', 'major', 'bright'] },
  { trait: 'male-vocals', words: ['male vocals', 'male voice', 'male singer'] },
  { trait: 'female-vocals', words: ['female vocals', 'female voice', 'female singer'] },
];
const QUALIFIERS = ['upbeat', 'fast', 'heavy', 'loud', 'aggressive', 'busy', 'hard', 'intense', 'energetic'];

function programsFor(tag: string): number[] {
  const programs: number[] = [];
  for (const { entry } of findInstruments(tag)) {
    const family = entry.excludes;
    if (entry.ensemble) programs.push(...entry.ensemble.map((part) => part.program));
    programs.push(...(family ? INSTRUMENT_FAMILIES[family] : [entry.program]));
  }
  return programs;
}

/**
 * Reads negative tags ("Heavy Metal, Upbeat Drums, piano") into exclusions. A drum word on its own
 * removes the drums; qualified ("upbeat drums") it only removes the quality. Unknown tags are kept
 * for display and otherwise ignored.
 */
export function parseNegativeTags(negativeTags: string | undefined): Exclusions {
  const tags = (negativeTags ?? '').split(/[,;|\n]+/).map((tag) => normalizeText(tag)).filter((tag) => tag.length > 0);
  const programs = new Set<number>();
  const traits = new Set<string>();
  const exclusions: Exclusions = { programs: [], drums: false, vocals: false, genres: [], traits: [], tags };
  for (const tag of tags) {
    for (const program of programsFor(tag)) programs.add(program);
    for (const { trait, words } of TRAIT_WORDS) if (hasAnyPhrase(tag, words)) traits.add(trait);
    const genres = genresNamedIn(tag);
    exclusions.genres.push(...genres.filter((genre) => !exclusions.genres.includes(genre)));
    if (genres.includes('metal')) INSTRUMENT_FAMILIES['distorted-guitar'].forEach((p) => programs.add(p));
    if (hasAnyPhrase(tag, DRUM_WORDS) && !hasAnyPhrase(tag, QUALIFIERS)) exclusions.drums = true;
    const genderOnly = traits.has('male-vocals') || traits.has('female-vocals');
    if (hasAnyPhrase(tag, VOCAL_WORDS) && !genderOnly) exclusions.vocals = true;
  }
  exclusions.programs = [...programs].sort((a, b) => a - b);
  exclusions.traits = [...traits];
  return exclusions;
}

/** Phrases negated inside a style text ("no drums", "without piano"), joined as negative tags. */
export function inlineNegations(text: string): string {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![a-z])(?:no|without|minus|except)\s+([a-z0-9#&' -]+?)(?=$|[,.;)]|\s(?:and|but|with)\s)/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found.join(', ');
}
