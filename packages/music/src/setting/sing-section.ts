import { chordAt } from '../compose/harmony/chord-at.ts';
import { generateMelody } from '../compose/melody/generate-melody.ts';
import { singableLine } from '../compose/melody/singable-line.ts';
import type { MelodyPhrase } from '../compose/melody/phrase-plan.ts';
import { chordScale } from '../compose/theory/chromatic.ts';
import type { PitchRange } from '../compose/theory/voicing.ts';
import { placeSyllables } from '../lyrics/place-syllables.ts';
import type { PlacedSyllable } from '../lyrics/types.ts';
import type { Rng } from '../rng.ts';
import type { ChordEvent, KeySignature, NoteEvent, ScoreSection, SectionKind } from '../score.ts';
import { keepInRange, MELODY_FLATTEN_SEMITONES } from './keep-in-range.ts';
import type { SettingSection } from './lyric-form.ts';
import type { LineLayout } from './section-layout.ts';
import { phraseLabels, sungPhrase } from './sung-phrase-plan.ts';

/** What singing a section needs from the song. */
export interface SingContext {
  chords: readonly ChordEvent[];
  key: KeySignature;
  beatsPerBar: number;
  /** 6/8-style meter. */
  compound: boolean;
  range: PitchRange;
  blueNotes: boolean;
  /** The song's vocal generator; sections fork it by kind, so sections of a kind with the same words sing the same. */
  rng: Rng;
}

/** The notes one section adds to the lead and backing vocals. */
export interface SectionVoices {
  lead: NoteEvent[];
  /** Echoes and backing lines. */
  backing: NoteEvent[];
  /** Words sung in the section (lead and backing). */
  wordCount: number;
  /** Beat of each line's first lead note. */
  lineStarts: number[];
  /** Line starts whose tune must not change: every line of a chorus, a line repeated in its section. */
  fixedStarts: number[];
  /** True when a backing harmony should follow the lead (choruses). */
  harmonized: boolean;
}

/** Where in the range a section's melody starts: verses lower, choruses higher, all near the middle since a voice's range is narrow. */
const REGISTER: Partial<Record<SectionKind, number>> = { intro: 0.45, verse: 0.15, 'pre-chorus': 0.45, chorus: 0.8, 'post-chorus': 0.8, bridge: 0.55, outro: 0.45 };
const HARMONIZED: ReadonlySet<SectionKind> = new Set(['chorus', 'post-chorus']);

interface PlacedLine {
  layout: LineLayout;
  placed: PlacedSyllable[];
  firstWordIndex: number;
}

function placeLines(setting: SettingSection, section: ScoreSection, firstWordIndex: number, ctx: SingContext): PlacedLine[] {
  const rng = ctx.rng.fork(`place:${section.kind}`);
  let wordIndex = firstWordIndex;
  return setting.lines.map((layout) => {
    const slot = { startBeat: section.startBeat + layout.startBar * ctx.beatsPerBar, bars: layout.bars, beatsPerBar: ctx.beatsPerBar };
    // Same words, same rhythm: a hook sung twice in a section is placed the same way both times.
    const words = layout.sung.line.words.map((w) => w.text.toLowerCase()).join(' ');
    const placed = placeSyllables(layout.sung.line, slot, rng.fork(`line:${words}`), { firstWordIndex: wordIndex, compound: ctx.compound });
    const line = { layout, placed, firstWordIndex: wordIndex };
    wordIndex += layout.sung.line.words.length;
    return line;
  });
}

function withLyrics(notes: readonly NoteEvent[], placed: readonly PlacedSyllable[], pitches: readonly number[]): NoteEvent[] {
  return placed.map((p, i) => {
    const note = notes[i];
    return { pitch: pitches[i] ?? note?.pitch ?? 60, startBeat: p.startBeat, durationBeats: note?.durationBeats ?? p.durationBeats, velocity: note?.velocity ?? 80, lyric: p.syllable };
  });
}

function melodyOf(lines: readonly PlacedLine[], setting: SettingSection, section: ScoreSection, ctx: SingContext): NoteEvent[] {
  const labels = phraseLabels(setting.lines);
  const phrases: MelodyPhrase[] = lines.map((line, i) =>
    sungPhrase(labels[i] ?? 'A', section.startBeat + line.layout.startBar * ctx.beatsPerBar, line.placed, ctx.beatsPerBar, ctx.compound),
  );
  const options = { key: ctx.key, range: sectionRange(section.kind, ctx.range), register: REGISTER[section.kind] ?? 0.5, blueNotes: ctx.blueNotes };
  return generateMelody(section, ctx.chords, { phrases }, ctx.rng.fork(`melody:${section.kind}`), options);
}

/** One line's notes in range with their syllables, split into lead and backing words. */
/** Semitones a verse keeps below the top of the song's range, and a chorus above its bottom: the two sit in contrasting registers. */
const REGISTER_SPLIT = 5;

/** The part of the song's range a section sings in: verses the lower ten semitones or so, choruses the upper. */
export function sectionRange(kind: SectionKind, range: PitchRange): PitchRange {
  if (kind === 'verse') return { low: range.low, high: range.high - REGISTER_SPLIT };
  if (HARMONIZED.has(kind)) return { low: range.low + REGISTER_SPLIT, high: range.high };
  return range;
}

function voiceLine(line: PlacedLine, raw: readonly NoteEvent[], previous: number, register: number, kind: SectionKind, ctx: SingContext): { lead: NoteEvent[]; backing: NoteEvent[] } {
  const range = sectionRange(kind, ctx.range);
  const scaleAt = (i: number): number[] => chordScale(ctx.key, chordAt(ctx.chords, line.placed[i]?.startBeat ?? 0));
  // The octave of a line is chosen near the section's register, so lines do not drift away from it.
  const options = { flatten: MELODY_FLATTEN_SEMITONES, previous: register };
  const inRange = keepInRange(raw.map((n) => n.pitch), range, scaleAt, options);
  const singable = singableLine(
    inRange.map((pitch, i) => {
      const placed = line.placed[i];
      const chord = chordAt(ctx.chords, placed?.startBeat ?? 0);
      return { pitch, strong: placed?.syllable.stressed === true, scale: scaleAt(i), chord: chord?.pitchClasses ?? scaleAt(i) };
    }),
    range,
    previous,
  );
  const notes = withLyrics(raw, line.placed, singable);
  const isBacking = (note: NoteEvent): boolean => line.layout.sung.backing[(note.lyric?.wordIndex ?? 0) - line.firstWordIndex] === true;
  return { lead: notes.filter((n) => !isBacking(n)), backing: notes.filter(isBacking) };
}

/**
 * Sings one section: places each line's syllables in its bars, pitches them with `generateMelody`
 * (one phrase per line, accents from syllable stress), keeps every phrase in the vocal range
 * (near where the previous line ended), and splits the notes between the lead (lead words) and
 * the backing vocals (echoes and backing lines).
 * Each section starts from its register (verses low, choruses high); a line repeated in the
 * section keeps its tune. Choruses are harmonized by the caller once the joins are smoothed.
 */
export function singSection(setting: SettingSection, section: ScoreSection, firstWordIndex: number, ctx: SingContext): SectionVoices {
  const lines = placeLines(setting, section, firstWordIndex, ctx);
  const melody = melodyOf(lines, setting, section, ctx);
  const voices: SectionVoices = { lead: [], backing: [], wordCount: 0, lineStarts: [], fixedStarts: [], harmonized: HARMONIZED.has(section.kind) };
  let offset = 0;
  // Every section starts from its own register, never from what came before, so repeated sections sing the same tune.
  const register = Math.round(ctx.range.low + (ctx.range.high - ctx.range.low) * (REGISTER[section.kind] ?? 0.5));
  let previous = register;
  const sungBefore = new Map<string, number[]>();
  for (const line of lines) {
    const key = line.layout.sung.line.words.map((w) => w.text.toLowerCase()).join(' ');
    const voiced = voiceLine(line, melody.slice(offset, offset + line.placed.length), previous, register, section.kind, ctx);
    // A line sung again in the section (the hook) keeps its first tune; the join into it is smoothed later.
    const again = sungBefore.get(key);
    const lead = again !== undefined && again.length === voiced.lead.length ? voiced.lead.map((n, i) => ({ ...n, pitch: again[i] ?? n.pitch })) : voiced.lead;
    sungBefore.set(key, lead.map((n) => n.pitch));
    offset += line.placed.length;
    previous = (lead[lead.length - 1] ?? voiced.backing[voiced.backing.length - 1])?.pitch ?? previous;
    if (lead[0] !== undefined) voices.lineStarts.push(lead[0].startBeat);
    if (lead[0] !== undefined && (voices.harmonized || again !== undefined)) voices.fixedStarts.push(lead[0].startBeat);
    voices.lead.push(...lead);
    voices.backing.push(...voiced.backing);
    voices.wordCount += line.layout.sung.line.words.length;
  }
  return voices;
}
