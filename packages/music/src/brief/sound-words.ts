import { hasAnyPhrase } from './text-match.ts';

/** How descriptors colour the sound (applied by the mix of every part). */
export interface SoundColour {
  /** CC74 brightness of every part: 64 leaves each preset's filter as it is, lower closes it (darker). */
  brightness: number;
  /** Factor on every reverb send (dreamy, spacious > 1; intimate, dry < 1). */
  space: number;
  /** 80s gated drums: a big, loud room on the snare and toms, claps doubling the backbeat. */
  gatedDrums: boolean;
}

const DARK = ['dark', 'darker', 'moody', 'murky', 'gloomy', 'brooding', 'night drive', 'menacing', 'sinister', 'noir'];
const MUFFLED = ['lo-fi', 'lofi', 'vintage', 'warm', 'muffled', 'dusty', 'tape', 'vinyl', 'mellow'];
const SPACIOUS = ['dreamy', 'spacious', 'ethereal', 'cathedral', 'vast', 'atmospheric', 'epic', 'washed out'];
const DRY = ['intimate', 'dry', 'close', 'bedroom', 'tight'];

/** Reads the words that change the sound rather than the notes. */
export function soundColour(text: string): SoundColour {
  let brightness = 64;
  if (hasAnyPhrase(text, DARK)) brightness -= 18;
  if (hasAnyPhrase(text, MUFFLED)) brightness -= 10;
  let space = 1;
  if (hasAnyPhrase(text, SPACIOUS)) space *= 1.45;
  if (hasAnyPhrase(text, DRY)) space *= 0.55;
  return { brightness, space, gatedDrums: hasAnyPhrase(text, ['gated', 'gated drums', 'gated reverb', '80s drums', 'big 80s drums']) };
}
