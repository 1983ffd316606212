import { findPhrase } from './text-match.ts';

/** A word about pace or intensity and what it does to tempo (factor) and energy (shift). */
export interface TempoWord {
  words: readonly string[];
  tempoFactor: number;
  energy: number;
  /** Pushes the key toward major (+) or minor (-). */
  majorVote: number;
}

/** Pace words, strongest first so "very slow" is found before "slow". */
export const TEMPO_WORDS: readonly TempoWord[] = [
  { words: ['very slow', 'extremely slow', 'glacial'], tempoFactor: 0.68, energy: -0.25, majorVote: 0 },
  { words: ['very fast', 'extremely fast', 'breakneck', 'frantic'], tempoFactor: 1.32, energy: 0.3, majorVote: 0 },
  { words: ['slow', 'slowly', 'downtempo', 'down-tempo', 'ballad', 'lazy', 'sluggish', 'unhurried'], tempoFactor: 0.8, energy: -0.15, majorVote: 0 },
  { words: ['fast', 'upbeat', 'up-tempo', 'uptempo', 'quick', 'rapid', 'speedy', 'lively', 'brisk'], tempoFactor: 1.2, energy: 0.2, majorVote: 0.5 },
  { words: ['mid-tempo', 'midtempo', 'moderate'], tempoFactor: 1, energy: 0, majorVote: 0 },
];

/** The strongest pace word group present in normalised text, or null. */
export function detectTempoWord(text: string): TempoWord | null {
  for (const group of TEMPO_WORDS) {
    if (group.words.some((word) => findPhrase(text, word) >= 0)) return group;
  }
  return null;
}
