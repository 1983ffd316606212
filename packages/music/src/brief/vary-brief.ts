import { createRng, type Rng } from '../rng.ts';
import type { KeySignature } from '../score.ts';
import type { Brief, InstrumentSlot } from './brief.ts';
import type { GenreProfile } from './genre-profile.ts';
import { genreProfile } from './genres/index.ts';
import { gmProgramName } from './gm-program-names.ts';
import { programSiblings } from './program-siblings.ts';

/** Steps around the circle of fifths between two tonics (0..6): keys 1 step apart share six of seven notes, 5-6 steps only two. */
function fifthsApart(a: number, b: number): number {
  const steps = (((b - a) * 7) % 12 + 12) % 12;
  return Math.min(steps, 12 - steps);
}

/** Another tonic, far from the first on the circle of fifths: among the genre's usual tonics when one is far enough. */
function otherKey(key: KeySignature, profile: GenreProfile, rng: Rng): KeySignature {
  const usual = profile.tonics.filter((tonic) => fifthsApart(tonic, key.tonic) >= 3);
  const any = Array.from({ length: 12 }, (_, tonic) => tonic).filter((tonic) => fifthsApart(tonic, key.tonic) >= 4);
  return { tonic: rng.pick(usual.length > 0 ? usual : any), mode: key.mode };
}

function otherTempo(tempo: number, rng: Rng): number {
  const change = (0.04 + 0.04 * rng.next()) * (rng.chance(0.5) ? 1 : -1);
  return Math.round(tempo * (1 + change));
}

function otherInstrument(slot: InstrumentSlot, profile: GenreProfile, taken: ReadonlySet<number>, excluded: ReadonlySet<number>, rng: Rng): InstrumentSlot {
  if (slot.requested) return slot;
  const palette = (profile.palette?.[slot.role] ?? []).filter((p) => p !== slot.program);
  const choices = (palette.length > 0 ? palette : programSiblings(slot.program)).filter((p) => !excluded.has(p) && !taken.has(p));
  if (choices.length === 0) return slot;
  const program = rng.pick(choices);
  return { ...slot, program, name: gmProgramName(program) };
}

/** Kits that can stand in for each other (GS programs): standard, room, power; electronic, TR-808; jazz, brush. */
const KIT_SIBLINGS: readonly (readonly number[])[] = [[0, 8, 16], [24, 25], [32, 40]];

function otherKit(kit: number | null, rng: Rng): number | null {
  const siblings = KIT_SIBLINGS.find((group) => kit !== null && group.includes(kit))?.filter((k) => k !== kit);
  return siblings && siblings.length > 0 ? rng.pick(siblings) : kit;
}

/**
 * The brief of take `take` of a task (its track index): take 0 is the brief as read; every other
 * take makes its own arrangement choices where the request left them open (another key away from
 * the first, a tempo 4-8 % off, other instruments of the genre's palette for the roles nobody
 * named, another form variant), seeded by the track's seed. Title, lyrics, genre and the singer stay.
 */
export function briefForTake(brief: Brief, take: number, seed: number): Brief {
  if (take === 0) return brief;
  const rng = createRng(seed).fork(`take:${take}`);
  const profile = genreProfile(brief.genre);
  const excluded = new Set(brief.excluded.programs);
  const taken = new Set<number>();
  const instrumentation = brief.instrumentation.map((slot) => {
    const chosen = otherInstrument(slot, profile, taken, excluded, rng.fork(`instrument:${slot.role}`));
    taken.add(chosen.program);
    return chosen;
  });
  return {
    ...brief,
    take,
    tempo: brief.explicit.tempo ? brief.tempo : otherTempo(brief.tempo, rng.fork('tempo')),
    key: brief.explicit.key ? brief.key : otherKey(brief.key, profile, rng.fork('key')),
    instrumentation: brief.explicit.instruments && brief.instrumentation.every((s) => s.requested) ? brief.instrumentation : instrumentation,
    drumKit: brief.explicit.drumKit ? brief.drumKit : otherKit(brief.drumKit, rng.fork('kit')),
    energy: Math.round(Math.min(1, Math.max(0.15, brief.energy + 0.12 * rng.fork('energy').next() - 0.06)) * 100) / 100,
  };
}
