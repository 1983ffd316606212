import type { KeySignature, Mode } from '../score.ts';

const LETTER_PC: Readonly<Record<string, number>> = { c: 0, d: 2, e: 4, f: 5, g: 7, a: 9, b: 11 };

const MODE_WORDS: ReadonlyArray<[string, Mode]> = [
  ['harmonic minor', 'harmonic-minor'],
  ['major', 'major'],
  ['minor', 'minor'],
  ['maj', 'major'],
  ['min', 'minor'],
  ['dorian', 'dorian'],
  ['mixolydian', 'mixolydian'],
  ['lydian', 'lydian'],
  ['phrygian', 'phrygian'],
  ['aeolian', 'minor'],
  ['ionian', 'major'],
  ['m', 'minor'],
];

// Letter, accidental, then a mode word; the letter is matched case-insensitively on purpose,
// because style texts are usually lower case ("in f# minor").
const KEY_PATTERN =
  /(?<![a-z0-9#])(key of |key: |key |in )?([a-g])(#| sharp|-sharp|b(?![a-z])| flat|-flat)?\s*(harmonic minor|major|minor|maj|min|dorian|mixolydian|lydian|phrygian|aeolian|ionian|m)?(?![a-z0-9#])/g;

function accidentalShift(accidental: string | undefined): number {
  if (!accidental) return 0;
  return accidental.includes('#') || accidental.includes('sharp') ? 1 : -1;
}

/**
 * An explicit key ("in F# minor", "Bb major", "key of D", "Am") in normalised text, or null.
 * A bare letter counts only after "in"/"key of" or with an accidental and a mode, so the article
 * "a" in "a minor key" is not read as A minor.
 */
export function parseKey(text: string): KeySignature | null {
  for (const match of text.matchAll(KEY_PATTERN)) {
    const [, prefix, letter, accidental, modeWord] = match;
    if (letter === undefined) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (letter === 'a' && !accidental && /^\s*key/.test(after)) continue;
    if (!modeWord && !prefix) continue;
    if (!modeWord && prefix === 'in ' && !accidental && !/^\s*(?:$|[,.;)])/.test(after)) continue;
    if (modeWord === 'm' && !prefix && !accidental && !/^\s*(?:$|[,;)])/.test(after)) continue;
    const mode = MODE_WORDS.find(([word]) => word === modeWord)?.[1] ?? 'major';
    const tonic = ((LETTER_PC[letter] ?? 0) + accidentalShift(accidental) + 12) % 12;
    return { tonic, mode };
  }
  return null;
}

/** A mode named without a tonic ("a minor key", "dorian", "in major"), or null. */
export function parseModeOnly(text: string): Mode | null {
  for (const [word, mode] of MODE_WORDS) {
    if (word.length < 5) continue;
    if (new RegExp(`(?<![a-z])${word}(?: key| mode| tonality)(?![a-z])`).test(text)) return mode;
  }
  for (const word of ['dorian', 'mixolydian', 'lydian', 'phrygian'] as const) {
    if (new RegExp(`(?<![a-z])${word}(?![a-z])`).test(text)) return word;
  }
  return null;
}
