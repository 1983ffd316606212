import type { SectionKind } from '../../score.ts';
import type { FormSection } from './form-section.ts';

const BASE_ENERGY: Readonly<Record<SectionKind, number>> = {
  intro: 0.35,
  verse: 0.5,
  'pre-chorus': 0.64,
  chorus: 0.86,
  'post-chorus': 0.8,
  bridge: 0.56,
  breakdown: 0.3,
  solo: 0.78,
  instrumental: 0.66,
  outro: 0.4,
};

/**
 * Energy (0..1) of each section: its kind's usual level, rising with each repeat of a chorus or
 * verse and for the final chorus, scaled by the song's overall energy.
 */
export function sectionEnergies(form: readonly FormSection[], songEnergy: number): number[] {
  const seen = new Map<SectionKind, number>();
  const lastChorus = form.map((s) => s.kind).lastIndexOf('chorus');
  const scale = 0.55 + 0.6 * songEnergy;
  return form.map((section, index) => {
    const repeat = seen.get(section.kind) ?? 0;
    seen.set(section.kind, repeat + 1);
    const lift = Math.min(0.1, repeat * 0.05) + (index === lastChorus && repeat > 0 ? 0.05 : 0);
    const energy = (BASE_ENERGY[section.kind] + lift) * scale;
    return Math.round(Math.min(1, Math.max(0.1, energy)) * 100) / 100;
  });
}
