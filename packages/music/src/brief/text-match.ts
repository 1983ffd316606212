/** Lower-cases a style text and unifies punctuation so phrase matching is predictable. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/♯/g, '#')
    .replace(/♭/g, 'b')
    .replace(/\s+/g, ' ')
    .trim();
}

const patternCache = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let pattern = patternCache.get(phrase);
  if (!pattern) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
    pattern = new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`);
    patternCache.set(phrase, pattern);
  }
  return pattern;
}

/** Position of `phrase` as whole words in normalised `text` (spaces also match hyphens), or -1. */
export function findPhrase(text: string, phrase: string): number {
  const match = phrasePattern(phrase).exec(text);
  return match ? match.index : -1;
}

/** True when any of the phrases occurs as whole words in normalised `text`. */
export function hasAnyPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => findPhrase(text, phrase) >= 0);
}

/** A 32-bit FNV-1a hash, used to derive stable choices from a request's text. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
