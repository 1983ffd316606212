import { chordAt } from '../compose/harmony/chord-at.ts';
import { generateMelody } from '../compose/melody/generate-melody.ts';
import type { MelodyPhrase } from '../compose/melody/phrase-plan.ts';
import { chordScale } from '../compose/theory/chromatic.ts';
import type { PitchRange } from '../compose/theory/voicing.ts';
import { placeSyllables } from '../lyrics/place-syllables.ts';
import type { PlacedSyllable } from '../lyrics/types.ts';
import type { Rng } from '../rng.ts';
import type { ChordEvent, KeySignature, NoteEvent, ScoreSection, SectionKind } from '../score.ts';
import { harmonizePhrase } from './chorus-harmony.ts';
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
  /** Echoes, backing lines and chorus harmony. */
  backing: NoteEvent[];
  /** Words sung in the section (lead and backing). */
  wordCount: number;
}

/** Where in the range a section's melody starts: verses lower, choruses higher, all near the middle since a voice's range is narrow. */
const REGISTER: Partial<Record<SectionKind, number>> = { intro: 0.45, verse: 0.38, 'pre-chorus': 0.48, chorus: 0.58, 'post-chorus': 0.58, bridge: 0.52, outro: 0.45 };
const HARMONIZED: ReadonlySet<SectionKind> = new Set(['chorus', 'post-chorus']);

interface PlacedLine {
  layout: LineLayout;
  placed: PlacedSyllable[];
  firstWordIndex: number;
}

function placeLines(setting: SettingSection, section: ScoreSection, firstWordIndex: number, ctx: SingContext): PlacedLine[] {
  const rng = ctx.rng.fork(`place:${section.kind}`);
  let wordIndex = firstWordIndex;
  return setting.lines.map((layout, i) => {
    const slot = { startBeat: section.startBeat + layout.startBar * ctx.beatsPerBar, bars: layout.bars, beatsPerBar: ctx.beatsPerBar };
    const placed = placeSyllables(layout.sung.line, slot, rng.fork(`line:${i}`), { firstWordIndex: wordIndex, compound: ctx.compound });
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
  const options = { key: ctx.key, range: ctx.range, register: REGISTER[section.kind] ?? 0.5, blueNotes: ctx.blueNotes };
  return generateMelody(section, ctx.chords, { phrases }, ctx.rng.fork(`melody:${section.kind}`), options);
}

/** One line's notes in range with their syllables, split into lead and backing words. */
function voiceLine(line: PlacedLine, raw: readonly NoteEvent[], previous: number, ctx: SingContext): { lead: NoteEvent[]; backing: NoteEvent[] } {
  const scaleAt = (i: number): number[] => chordScale(ctx.key, chordAt(ctx.chords, line.placed[i]?.startBeat ?? 0));
  const options = { flatten: MELODY_FLATTEN_SEMITONES, previous };
  const notes = withLyrics(raw, line.placed, keepInRange(raw.map((n) => n.pitch), ctx.range, scaleAt, options));
  const isBacking = (note: NoteEvent): boolean => line.layout.sung.backing[(note.lyric?.wordIndex ?? 0) - line.firstWordIndex] === true;
  return { lead: notes.filter((n) => !isBacking(n)), backing: notes.filter(isBacking) };
}

/**
 * Sings one section: places each line's syllables in its bars, pitches them with `generateMelody`
 * (one phrase per line, accents from syllable stress), keeps every phrase in the vocal range
 * (near where the previous line ended), and splits the notes between the lead (lead words) and
 * the backing vocals (echoes and backing lines), adding a harmony under the lead in choruses.
 */
export function singSection(setting: SettingSection, section: ScoreSection, firstWordIndex: number, ctx: SingContext): SectionVoices {
  const lines = placeLines(setting, section, firstWordIndex, ctx);
  const melody = melodyOf(lines, setting, section, ctx);
  const voices: SectionVoices = { lead: [], backing: [], wordCount: 0 };
  let offset = 0;
  let previous = ctx.range.low + (ctx.range.high - ctx.range.low) * (REGISTER[section.kind] ?? 0.5);
  for (const line of lines) {
    const { lead, backing } = voiceLine(line, melody.slice(offset, offset + line.placed.length), previous, ctx);
    offset += line.placed.length;
    previous = (lead[lead.length - 1] ?? backing[backing.length - 1])?.pitch ?? previous;
    voices.lead.push(...lead);
    voices.backing.push(...backing);
    if (HARMONIZED.has(section.kind) && lead.length > 0) voices.backing.push(...harmonizePhrase(lead, ctx.chords, ctx.key, ctx.range));
    voices.wordCount += line.layout.sung.line.words.length;
  }
  return voices;
}
