import type { Rng } from '@songloom/music';

/** Colours of one cover, as HSL triples (hue degrees, saturation and lightness in percent). */
export interface Palette {
  background: [string, string];
  accents: string[];
  text: string;
  /** Contrasting outline/shadow colour for the title. */
  shade: string;
}

interface Tone {
  hues: readonly number[];
  saturation: number;
  lightness: number;
}

/** Mood words to colour tone: dark moods are deep and desaturated, happy ones warm and bright. */
const MOOD_TONES: readonly [RegExp, Tone][] = [
  [/dark|sinister|ominous|gloom|brooding|haunt|menac/, { hues: [250, 270, 210, 0], saturation: 28, lightness: 16 }],
  [/sad|melanchol|lonely|somber|sombre|nostalg|wistful/, { hues: [215, 230, 200], saturation: 35, lightness: 30 }],
  [/happy|joy|cheer|upbeat|sunny|playful|fun|bright/, { hues: [40, 25, 55, 330], saturation: 88, lightness: 58 }],
  [/romantic|love|tender|sensual/, { hues: [340, 350, 10, 300], saturation: 62, lightness: 48 }],
  [/calm|chill|relax|peace|dreamy|serene|mellow/, { hues: [180, 195, 160, 260], saturation: 42, lightness: 62 }],
  [/energetic|aggressive|angry|intense|epic|power|fierce/, { hues: [0, 15, 350, 30], saturation: 82, lightness: 42 }],
  [/mysterious|ethereal|mystic|spacey|cosmic/, { hues: [275, 290, 240, 190], saturation: 55, lightness: 34 }],
];
const GENRE_TONES: readonly [RegExp, Tone][] = [
  [/synthwave|retrowave|outrun|vaporwave/, { hues: [300, 320, 190, 265], saturation: 90, lightness: 45 }],
  [/metal|rock|punk|grunge/, { hues: [0, 20, 45], saturation: 55, lightness: 30 }],
  [/ambient|new age|drone/, { hues: [190, 220, 170], saturation: 35, lightness: 55 }],
  [/jazz|blues|soul/, { hues: [30, 215, 45], saturation: 55, lightness: 38 }],
];
const NEUTRAL: Tone = { hues: [200, 30, 280, 150], saturation: 60, lightness: 48 };

/** Genres whose colours are their identity: they win over the mood. */
const SIGNATURE_GENRE = /synthwave|retrowave|outrun|vaporwave/;

/** The tone for these moods and genre: a signature genre, else the first matching mood, then the genre, else neutral. */
export function toneFor(genre: string, moods: readonly string[]): Tone {
  const text = moods.join(' ').toLowerCase();
  if (SIGNATURE_GENRE.test(genre.toLowerCase())) return GENRE_TONES[0]![1];
  const mood = MOOD_TONES.find(([pattern]) => pattern.test(text))?.[1];
  const byGenre = GENRE_TONES.find(([pattern]) => pattern.test(genre.toLowerCase()))?.[1];
  return mood ?? byGenre ?? NEUTRAL;
}

function hsl(h: number, s: number, l: number): string {
  const clamp = (v: number): number => Math.max(0, Math.min(100, v));
  return `hsl(${Math.round(((h % 360) + 360) % 360)},${Math.round(clamp(s))}%,${Math.round(clamp(l))}%)`;
}

/** A seeded palette around the tone of the moods and genre. */
export function paletteFor(genre: string, moods: readonly string[], rng: Rng): Palette {
  const tone = toneFor(genre, moods);
  const base = rng.pick(tone.hues) + rng.int(-12, 12);
  const jitter = (): number => rng.int(-8, 8);
  const accents = [0, 1, 2, 3].map((i) =>
    hsl(base + (tone.hues[(i + 1) % tone.hues.length]! - tone.hues[0]!) + jitter(), tone.saturation + 10 + jitter(), tone.lightness + 12 + i * 6),
  );
  const dark = tone.lightness < 40;
  return {
    background: [hsl(base, tone.saturation, tone.lightness - 6), hsl(base + 35, tone.saturation - 8, tone.lightness - 22)],
    accents,
    text: dark ? 'hsl(0,0%,96%)' : 'hsl(0,0%,99%)',
    shade: hsl(base, tone.saturation, Math.max(4, tone.lightness - 34)),
  };
}
