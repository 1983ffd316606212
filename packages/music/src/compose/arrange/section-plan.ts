import type { InstrumentRole } from '../../brief/brief.ts';
import type { GenreProfile } from '../../brief/genre-profile.ts';
import type { ScoreSection } from '../../score.ts';

/** How the drums play a section. */
export type DrumFeel =
  /** No drums. */
  | 'none'
  /** The groove's quiet lanes only (kick and a hat or rim), no crashes. */
  | 'sparse'
  /** The groove without its open hats and tambourine. */
  | 'groove'
  /** The full groove plus its lift lanes, crashes on phrase starts. */
  | 'lift'
  /** EDM build: no kick, a snare roll doubling its rate towards the drop. */
  | 'build'
  /** Breakdown: half-time backbeat, kick on the guitar's chugs, cymbal on every beat. */
  | 'half-time';

/** A part that can be switched on and off per section; 'double' is the second take of double-tracked guitars. */
export type Layer = InstrumentRole | 'double';

/** What plays in one section and how: the arrangement's decision for it. */
export interface SectionPlan {
  layers: ReadonlySet<Layer>;
  drums: DrumFeel;
  /** How many sections of this kind came before (0 for the first chorus). */
  repeat: number;
  /** The final chorus: every layer, the drums at full lift. */
  final: boolean;
}

/** What the planner needs to know about the song. */
export interface PlanInput {
  profile: Pick<GenreProfile, 'arc' | 'comping' | 'doubleTracked' | 'id'>;
  sections: readonly ScoreSection[];
  /** Roles whose instrument the request named: they are heard in every section with some energy. */
  requested: ReadonlySet<InstrumentRole>;
}

function drumFeel(input: PlanInput, section: ScoreSection, firstVerse: boolean): DrumFeel {
  const { arc } = input.profile;
  const e = section.energy;
  if (arc === 'rising') return e < 0.36 ? 'none' : e < 0.6 ? 'sparse' : e < 0.8 ? 'groove' : 'lift';
  if (arc === 'build-drop' && section.kind === 'pre-chorus') return 'build';
  if (arc === 'build-drop' && section.kind === 'breakdown') return 'none';
  if (section.kind === 'breakdown' && e >= 0.6) return 'half-time';
  if (arc === 'ballad' && firstVerse) return 'none';
  if (e < 0.26) return 'none';
  if (e < 0.5) return 'sparse';
  return e < 0.78 ? 'groove' : 'lift';
}

function layersFor(input: PlanInput, section: ScoreSection, repeat: number, final: boolean, firstVerse: boolean): Set<Layer> {
  const { arc, comping, doubleTracked, id } = input.profile;
  const e = section.energy;
  const kind = section.kind;
  const chorus = kind === 'chorus' || kind === 'post-chorus';
  const build = arc === 'build-drop' && kind === 'pre-chorus';
  const layers = new Set<Layer>(build ? [] : ['chords']);
  const quietRise = arc === 'rising' && e < 0.36;
  if (!build && !quietRise) layers.add('lead');
  if (quietRise) {
    layers.add('pad');
    return layers;
  }
  if (e >= 0.28 && !build && !(arc === 'build-drop' && kind === 'breakdown')) layers.add('bass');
  const sustainedGenre = comping === 'sustain' || comping === 'block';
  if (e >= 0.6 || (sustainedGenre && e >= 0.3) || build || (arc === 'build-drop' && kind === 'breakdown')) layers.add('pad');
  if (e >= 0.74 || (chorus && repeat >= 1) || build || id === 'ambient') layers.add('arpeggio');
  if (final || (chorus && repeat >= 1) || ['bridge', 'solo', 'instrumental'].includes(kind) || (kind === 'outro' && e >= 0.45)) layers.add('counter-melody');
  if (doubleTracked && e >= 0.3) layers.add('double');
  if (final) for (const layer of ['pad', 'arpeggio', 'counter-melody'] as const) layers.add(layer);
  if (arc === 'ballad' && firstVerse) for (const layer of ['pad', 'arpeggio', 'counter-melody', 'bass'] as const) layers.delete(layer);
  for (const role of input.requested) if (e >= 0.3 || role === 'chords') layers.add(role);
  return layers;
}

/**
 * The arrangement of every section: which parts play and how the drums feel, from the section's
 * kind and energy, the genre's arc and how often the kind came before. Quiet sections are thinner,
 * choruses add layers each time they return, the final chorus has everything.
 */
export function planSections(input: PlanInput): SectionPlan[] {
  const seen = new Map<string, number>();
  const lastChorus = input.sections.map((s) => s.kind).lastIndexOf('chorus');
  return input.sections.map((section, index) => {
    const repeat = seen.get(section.kind) ?? 0;
    seen.set(section.kind, repeat + 1);
    const final = index === lastChorus && repeat > 0;
    const firstVerse = section.kind === 'verse' && repeat === 0;
    return { layers: layersFor(input, section, repeat, final, firstVerse), drums: drumFeel(input, section, firstVerse), repeat, final };
  });
}
