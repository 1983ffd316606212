import type { Part } from '../../score.ts';
import type { ArrangementContext } from '../arrangement-context.ts';

/** GM 120 "Reverse Cymbal": a swell that ends on the downbeat it leads to. */
const REVERSE_CYMBAL = 119;

/**
 * Risers for builds: a reverse cymbal over the last two bars before every EDM drop (the chorus
 * after a build) and before a trailer's climax (its last chorus). Null when the arc has no build.
 */
export function riserPart(ctx: ArrangementContext): Part | null {
  const { arc } = ctx.brief;
  if (arc !== 'build-drop' && arc !== 'rising') return null;
  const lastChorus = ctx.sections.map((s) => s.kind).lastIndexOf('chorus');
  const notes = ctx.sections.flatMap((section, index) => {
    const previous = ctx.sections[index - 1];
    const leadsIn = arc === 'build-drop' ? section.kind === 'chorus' && previous?.kind === 'pre-chorus' : index === lastChorus && index > 0;
    if (!leadsIn || !previous) return [];
    const length = Math.min(previous.bars, 2) * ctx.beatsPerBar;
    return [{ pitch: 60, startBeat: section.startBeat - length, durationBeats: length, velocity: 100 }];
  });
  if (notes.length === 0) return null;
  return { id: 'riser', role: 'fx', name: 'Reverse Cymbal', program: REVERSE_CYMBAL, isDrums: false, volume: 90, pan: 64, reverb: 70, chorus: 20, notes };
}
