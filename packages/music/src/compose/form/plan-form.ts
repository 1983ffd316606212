import type { Brief } from '../../brief/brief.ts';
import { genreProfile } from '../../brief/genres/index.ts';
import type { Rng } from '../../rng.ts';
import type { SectionKind } from '../../score.ts';
import { targetBars } from '../timing.ts';
import { fitForm } from './fit-form.ts';
import type { FormSection } from './form-section.ts';

const KIND_LABELS: Readonly<Record<SectionKind, string>> = {
  intro: 'Intro',
  verse: 'Verse',
  'pre-chorus': 'Pre-Chorus',
  chorus: 'Chorus',
  'post-chorus': 'Post-Chorus',
  bridge: 'Bridge',
  breakdown: 'Breakdown',
  solo: 'Solo',
  instrumental: 'Instrumental',
  outro: 'Outro',
};

/** Names sections the way lyric sheets do: verses are numbered, the rest keep their plain name. */
export function labelSections(steps: ReadonlyArray<readonly [SectionKind, number]>): FormSection[] {
  let verse = 0;
  return steps.map(([kind, bars]) => ({
    kind,
    label: kind === 'verse' ? `Verse ${++verse}` : KIND_LABELS[kind],
    bars,
  }));
}

/**
 * The song's form for a brief: the genre's template fitted so that the music plus a short tail
 * lasts the brief's target length.
 */
export function planForm(brief: Brief, rng: Rng): FormSection[] {
  return labelSections(fitForm(genreProfile(brief.genre), targetBars(brief), rng, brief.take));
}
