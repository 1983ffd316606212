import type { MelodyPhrase, RhythmSlot } from '../compose/melody/phrase-plan.ts';
import { metricWeight } from '../lyrics/meter.ts';
import type { PlacedSyllable } from '../lyrics/types.ts';
import type { LineLayout } from './section-layout.ts';

const PATTERN = ['A', 'B', 'A', 'C'] as const;

/** Accent of a sung note: stressed syllables are strong (more so on a strong beat), long notes are strong, melisma continuations weak. */
export function syllableAccent(placed: PlacedSyllable, beatsPerBar: number, compound: boolean): number {
  const { syllable, durationBeats } = placed;
  if (syllable.text === '') return 0.3;
  const beatInBar = ((placed.startBeat % beatsPerBar) + beatsPerBar) % beatsPerBar;
  const accent = syllable.stressed ? (metricWeight(beatInBar, beatsPerBar, compound) >= 3 ? 1 : 0.8) : 0.35;
  return durationBeats >= 1.5 ? Math.max(accent, 0.75) : accent;
}

const lineKey = (line: LineLayout): string => line.sung.line.words.map((w) => w.text.toLowerCase()).join(' ');

/**
 * Motif labels of a section's lines: lines that repeat words repeat their label (so a repeated
 * hook line repeats its tune); the others follow A B A C, backing lines answer with R.
 */
export function phraseLabels(lines: readonly LineLayout[]): string[] {
  const seen = new Map<string, string>();
  let leadIndex = 0;
  return lines.map((line) => {
    const key = lineKey(line);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const label = line.sung.source.backing ? 'R' : (PATTERN[leadIndex++ % PATTERN.length] ?? 'A');
    seen.set(key, label);
    return label;
  });
}

/** One melody phrase whose rhythm is a placed line's syllables. */
export function sungPhrase(label: string, startBeat: number, placed: readonly PlacedSyllable[], beatsPerBar: number, compound: boolean): MelodyPhrase {
  const slots: RhythmSlot[] = placed.map((p) => ({
    offset: p.startBeat - startBeat,
    durationBeats: p.durationBeats,
    accent: syllableAccent(p, beatsPerBar, compound),
  }));
  return { label, startBeat, slots };
}
