import type { ArcShape } from '../../brief/genre-profile.ts';
import type { SectionKind } from '../../score.ts';
import type { FormSection } from './form-section.ts';

const BASE_ENERGY: Readonly<Record<SectionKind, number>> = {
  intro: 0.3,
  verse: 0.34,
  'pre-chorus': 0.6,
  chorus: 0.94,
  'post-chorus': 0.76,
  bridge: 0.5,
  breakdown: 0.32,
  solo: 0.8,
  instrumental: 0.64,
  outro: 0.34,
};

/** EDM: a groove verse, a build that strips the kick and bass, the drop, a breakdown without drums. */
const BUILD_DROP: Readonly<Partial<Record<SectionKind, number>>> = { verse: 0.4, 'pre-chorus': 0.22, chorus: 0.94, breakdown: 0.26, intro: 0.34 };

/** How a genre shapes its dynamics (from its profile). */
export interface EnergyShape {
  arc?: ArcShape | undefined;
  sectionEnergy?: Readonly<Partial<Record<SectionKind, number>>> | undefined;
}

const clampEnergy = (value: number): number => Math.round(Math.min(1, Math.max(0.1, value)) * 100) / 100;

/** Trailer music: one crescendo from almost nothing to the last chorus, then a short fall. */
function risingEnergies(form: readonly FormSection[], songEnergy: number): number[] {
  const lastChorus = form.map((s) => s.kind).lastIndexOf('chorus');
  const climaxEnd = form.slice(0, (lastChorus < 0 ? form.length - 1 : lastChorus) + 1).reduce((sum, s) => sum + s.bars, 0);
  let start = 0;
  return form.map((section, index) => {
    const middle = start + section.bars / 2;
    start += section.bars;
    if (index > lastChorus && lastChorus >= 0) return clampEnergy(0.34 + (songEnergy - 0.6) * 0.2);
    return clampEnergy(0.1 + 0.9 * Math.min(1, middle / climaxEnd) ** 1.3);
  });
}

/**
 * Energy (0..1) of each section: its kind's usual level in the genre's arc, rising with each
 * repeat of a chorus or verse and lifted for the final chorus, shifted by the song's overall
 * energy. The spread between verse and chorus is kept whatever the song's energy, so the chorus
 * always arrives.
 */
export function sectionEnergies(form: readonly FormSection[], songEnergy: number, shape: EnergyShape = {}): number[] {
  if (shape.arc === 'rising') return risingEnergies(form, songEnergy);
  const seen = new Map<SectionKind, number>();
  const lastChorus = form.map((s) => s.kind).lastIndexOf('chorus');
  const shift = (songEnergy - 0.6) * 0.35;
  return form.map((section, index) => {
    const repeat = seen.get(section.kind) ?? 0;
    seen.set(section.kind, repeat + 1);
    const base = shape.sectionEnergy?.[section.kind] ?? (shape.arc === 'build-drop' ? BUILD_DROP[section.kind] : undefined) ?? BASE_ENERGY[section.kind];
    const sparseOpening = shape.arc === 'ballad' && section.kind === 'verse' && repeat === 0 ? -0.14 : 0;
    const lift = Math.min(0.08, repeat * 0.04) + (index === lastChorus && repeat > 0 ? 0.05 : 0);
    return clampEnergy(base + lift + shift + sparseOpening);
  });
}
