import type { Rng } from '../../rng.ts';
import type { SectionKind } from '../../score.ts';
import type { MelodyPhrase, PhrasePlan, RhythmSlot } from './phrase-plan.ts';
import { COMPOUND_CELLS, SIMPLE_CELLS } from './rhythm-cells.ts';

/** What shapes an instrumental melody's rhythm. */
export interface LeadRhythmOptions {
  beatsPerBar: number;
  compound: boolean;
  /** 0..1: how many notes per beat. */
  density: number;
  /** Avoid sixteenth notes (fast tempi). */
  noSixteenths: boolean;
}

const LABELS: Partial<Record<SectionKind, readonly string[]>> = {
  chorus: ['A', 'B', 'A', 'C'],
  'post-chorus': ['A', 'A', 'B', 'A'],
  verse: ['A', 'B', 'A', 'C'],
  'pre-chorus': ['A', 'A', 'B', 'C'],
  bridge: ['A', 'B', 'C', 'D'],
  solo: ['A', 'B', 'C', 'D'],
  instrumental: ['A', 'B', 'A', 'C'],
};

/** Metric weight of a position in the bar: downbeat 1, mid-bar 0.8, other beats 0.5, off-beats 0.25. */
export function metricAccent(beatInBar: number, beatsPerBar: number, compound: boolean): number {
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
  if (near(beatInBar, 0)) return 1;
  if (compound) return near(beatInBar % 1.5, 0) ? 0.7 : 0.3;
  if (beatsPerBar % 2 === 0 && near(beatInBar, beatsPerBar / 2)) return 0.8;
  return near(beatInBar % 1, 0) ? 0.5 : 0.25;
}

function phraseRhythm(phraseBeats: number, options: LeadRhythmOptions, rng: Rng): Array<Omit<RhythmSlot, 'accent'>> {
  const cells = (options.compound ? COMPOUND_CELLS : SIMPLE_CELLS).filter((c) => !(c.sixteenths && options.noSixteenths));
  const weights = cells.map((c) => Math.max(0.05, c.weight + c.busy * options.density));
  const ending = options.compound ? rng.pick([1.5, 3]) : rng.pick([1.5, 2, 2, 3]);
  const endLength = Math.max(0.5, Math.min(ending, Math.floor((phraseBeats / 3) * 2) / 2));
  const rest = Math.min(options.compound ? 1.5 : rng.pick([1, 1, 1.5, 2]), Math.floor((phraseBeats / 4) * 2) / 2);
  const bodyEnd = phraseBeats - endLength - rest;
  const slots: Array<Omit<RhythmSlot, 'accent'>> = [];
  let t = rng.chance(0.3) ? (options.compound ? 0.5 : rng.pick([0.5, 1])) : 0;
  while (t < bodyEnd - 1e-9) {
    const cell = rng.weighted(cells, weights);
    const length = cell.durations.reduce((sum, d) => sum + Math.abs(d), 0);
    if (t + length > bodyEnd + 1e-9) {
      slots.push({ offset: t, durationBeats: bodyEnd - t });
      break;
    }
    for (const d of cell.durations) {
      if (d > 0) slots.push({ offset: t, durationBeats: d });
      t += Math.abs(d);
    }
  }
  slots.push({ offset: Math.max(0, bodyEnd), durationBeats: endLength });
  return slots;
}

/**
 * The rhythm plan of an instrumental melody for one section: two-bar phrases (four-bar in a
 * 12-bar blues, one bar in very short sections) labelled so motifs return (A B A C in verses and
 * choruses, AAB in a blues). Each label's rhythm is drawn once, in order of first use, so two
 * sections of the same kind and seed share their opening phrases exactly.
 */
export function planLeadPhrases(kind: SectionKind, startBeat: number, bars: number, options: LeadRhythmOptions, rng: Rng): PhrasePlan {
  const phraseBars = bars % 12 === 0 && options.beatsPerBar >= 4 ? 4 : bars >= 2 ? 2 : 1;
  const count = Math.ceil(bars / phraseBars);
  const labels = phraseBars === 4 && count === 3 ? ['A', 'A', 'B'] : (LABELS[kind] ?? ['A', 'B', 'A', 'C']);
  const rhythms = new Map<string, Array<Omit<RhythmSlot, 'accent'>>>();
  const phrases: MelodyPhrase[] = [];
  for (let i = 0; i < count; i++) {
    const lengthBars = Math.min(phraseBars, bars - i * phraseBars);
    const label = lengthBars === phraseBars ? (labels[i % labels.length] ?? 'A') : 'Z';
    const key = `${label}:${lengthBars}`;
    let rhythm = rhythms.get(key);
    if (!rhythm) {
      rhythm = phraseRhythm(lengthBars * options.beatsPerBar, options, rng);
      rhythms.set(key, rhythm);
    }
    const phraseStart = startBeat + i * phraseBars * options.beatsPerBar;
    const slots = rhythm.map((slot) => {
      const accent = metricAccent(slot.offset % options.beatsPerBar, options.beatsPerBar, options.compound);
      return { ...slot, accent: slot.durationBeats >= 1.5 ? Math.max(accent, 0.75) : accent };
    });
    phrases.push({ label, startBeat: phraseStart, slots });
  }
  return { phrases };
}
