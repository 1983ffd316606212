import type { NoteEvent, Part, ScoreSection } from '@songloom/music';

/** Notes that sound the same wherever they occur: once, relative to the first beat, with every beat they start at. */
export interface RepeatedStretch {
  /** The notes, `startBeat` relative to the stretch's start. */
  notes: NoteEvent[];
  /** Where the stretch starts in the part, in beats (ascending). */
  startBeats: number[];
}

/**
 * Groups a part's notes by the section they start in and merges sections whose notes sing the same
 * (pitch, timing relative to the section, duration and the syllable sung, whichever word of the
 * song it is; not velocity, which the voice does not read), so a repeated chorus can be sung once
 * and placed again.
 */
export function repeatedStretches(part: Part, sections: readonly ScoreSection[], beatsPerBar: number): RepeatedStretch[] {
  const byContent = new Map<string, RepeatedStretch>();
  const ordered = [...sections].sort((a, b) => a.startBeat - b.startBeat);
  ordered.forEach((section, i) => {
    const end = ordered[i + 1]?.startBeat ?? section.startBeat + section.bars * beatsPerBar;
    const isLast = i === ordered.length - 1;
    const notes = part.notes
      .filter((n) => n.startBeat >= section.startBeat && (n.startBeat < end || isLast))
      .map((n) => ({ ...n, startBeat: n.startBeat - section.startBeat }));
    if (notes.length === 0) return;
    const key = JSON.stringify(notes.map((n) => [n.pitch, n.startBeat, n.durationBeats, n.lyric?.text, n.lyric?.word, n.lyric?.syllableIndex, n.lyric?.stressed]));
    const known = byContent.get(key);
    if (known) known.startBeats.push(section.startBeat);
    else byContent.set(key, { notes, startBeats: [section.startBeat] });
  });
  const before = part.notes.filter((n) => n.startBeat < (ordered[0]?.startBeat ?? Infinity));
  const stretches = [...byContent.values()];
  return before.length > 0 ? [{ notes: before, startBeats: [0] }, ...stretches] : stretches;
}
