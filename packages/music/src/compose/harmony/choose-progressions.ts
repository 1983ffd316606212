import type { Brief } from '../../brief/brief.ts';
import { isMajorFamily } from '../../brief/choose-key.ts';
import { genreProfile } from '../../brief/genres/index.ts';
import type { Rng } from '../../rng.ts';
import type { SectionKind } from '../../score.ts';
import { BRIDGE_PROGRESSIONS, PRE_CHORUS_PROGRESSIONS } from './generic-progressions.ts';

/** The progression (roman numerals, one token per bar, "," splitting a bar) played in each kind of section. */
export type SectionProgressions = Readonly<Record<SectionKind, string>>;

function pickOther(options: readonly string[], avoid: readonly string[], rng: Rng): string {
  const fresh = options.filter((option) => !avoid.includes(option));
  return rng.pick(fresh.length > 0 ? fresh : options);
}

/**
 * Chooses one progression per kind of section, so every chorus has the same chords (and can carry
 * the same hook) while the verse, pre-chorus and bridge contrast with it.
 */
export function chooseProgressions(brief: Brief, rng: Rng): SectionProgressions {
  const profile = genreProfile(brief.genre);
  const family = isMajorFamily(brief.key.mode) ? 'major' : 'minor';
  const main = profile.progressions[family];
  const verse = rng.pick(main);
  const chorus = pickOther(main, [verse], rng);
  const bridge = pickOther((profile.bridge ?? BRIDGE_PROGRESSIONS)[family], [verse, chorus], rng);
  const preChorus = rng.pick(PRE_CHORUS_PROGRESSIONS[family]);
  return {
    intro: rng.chance(0.6) ? chorus : verse,
    verse,
    'pre-chorus': preChorus,
    chorus,
    'post-chorus': chorus,
    bridge,
    breakdown: rng.chance(0.5) ? verse : chorus,
    solo: verse,
    instrumental: chorus,
    outro: chorus,
  };
}
