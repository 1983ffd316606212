import type { Brief } from '../brief/brief.ts';
import { genreProfile } from '../brief/genres/index.ts';
import { composeSong } from '../compose/compose-song.ts';
import { isCompoundMeter, MIN_TAIL_SECONDS, targetBars } from '../compose/timing.ts';
import type { LyricSheet } from '../lyrics/types.ts';
import { createRng } from '../rng.ts';
import type { NoteEvent, Part, Score } from '../score.ts';
import { fitToDuration } from './fit-length.ts';
import { formTiming, planLyricForm, type SettingSection } from './lyric-form.ts';
import { muteLeadWhereSung, type BeatSpan } from './mute-lead.ts';
import { approachLineStarts, harmonizeLines } from './section-joins.ts';
import { singSection, type SingContext } from './sing-section.ts';
import { backingVocalPart, leadVocalPart } from './vocal-parts.ts';
import { songRange, vocalRange } from './voice-ranges.ts';

/** Longest song, in seconds, when the caller names no length: the top of the 2–4 minutes songs of every genre keep to. */
export const DEFAULT_MAX_SECONDS = 240;
/** Shortest song, in seconds, short lyrics make when the caller names no length (unless the genre's own length is shorter). */
export const UNASKED_MIN_SECONDS = 120;

/**
 * The form of a vocal song for a lyric sheet. With `duration` asked (`brief.explicit.length`) the
 * form is padded or shortened to the bars of `brief.targetSeconds` (the tail takes the rest, so the
 * song lasts the asked length within a bar's fraction); without it, short lyrics are padded with
 * instrumental sections (intro, break, solo, outro) towards {@link UNASKED_MIN_SECONDS} (or the
 * genre's length when shorter) and longer ones kept up to {@link DEFAULT_MAX_SECONDS}; never past
 * `brief.maxSeconds`.
 */
export function vocalForm(brief: Brief, sheet: LyricSheet): SettingSection[] {
  const timing = formTiming(brief);
  const barsFor = (seconds: number): number => Math.max(1, Math.floor((seconds - MIN_TAIL_SECONDS) / timing.secondsPerBar + 1e-9));
  const exact = brief.explicit.length;
  const maxBars = barsFor(exact ? brief.maxSeconds : Math.min(brief.maxSeconds, Math.max(DEFAULT_MAX_SECONDS, brief.targetSeconds)));
  const bars = exact ? targetBars(brief) : barsFor(Math.min(brief.targetSeconds, UNASKED_MIN_SECONDS));
  return fitToDuration(planLyricForm(sheet, timing), { bars, maxBars, exact });
}

interface Voices {
  lead: NoteEvent[];
  backing: NoteEvent[];
  sung: BeatSpan[];
}

function singAll(setting: readonly SettingSection[], score: Score, brief: Brief, seed: number): Voices {
  const ctx: SingContext = {
    chords: score.chords,
    key: score.key,
    beatsPerBar: score.beatsPerBar,
    compound: isCompoundMeter(brief),
    range: songRange(brief.vocalGender),
    blueNotes: genreProfile(brief.genre).blueNotes,
    rng: createRng(seed).fork('vocals'),
  };
  const voices: Voices = { lead: [], backing: [], sung: [] };
  let wordIndex = 0;
  const starts: number[] = [];
  const harmonized: { starts: number[]; end: number }[] = [];
  const fixed = new Set<number>();
  setting.forEach((part, i) => {
    const section = score.sections[i];
    if (section === undefined || part.lines.length === 0) return;
    const sung = singSection(part, section, wordIndex, ctx);
    wordIndex += sung.wordCount;
    voices.lead.push(...sung.lead);
    starts.push(...sung.lineStarts);
    if (sung.harmonized) harmonized.push({ starts: sung.lineStarts, end: section.startBeat + section.bars * score.beatsPerBar });
    for (const beat of sung.fixedStarts) fixed.add(beat);
    voices.backing.push(...sung.backing);
    voices.sung.push({ startBeat: section.startBeat, endBeat: section.startBeat + section.bars * score.beatsPerBar });
  });
  voices.lead = approachLineStarts(voices.lead, starts, fixed, ctx);
  for (const { starts: lineStarts, end } of harmonized) voices.backing.push(...harmonizeLines(voices.lead, lineStarts, end, { ...ctx, range: vocalRange(brief.vocalGender) }));
  return voices;
}

const endsInside = (totalBeats: number) => (note: NoteEvent): boolean => note.startBeat + note.durationBeats <= totalBeats + 1e-9;

/**
 * Composes a song that sets a lyric sheet (pure). The form follows the lyrics: one section per
 * lyric section, sized to its lines, with a short intro and outro around sung edges, fitted to
 * the asked length by {@link vocalForm} (padded with intro, breaks, solos and a repeated chorus, or shortened).
 * The accompaniment comes from `composeSong` with that form; the lead vocal (part `vocal`) sings
 * every syllable on its own note, stressed syllables on strong beats, choruses with the same
 * words to the same tune, within the singable range of `brief.vocalGender`; the backing vocals
 * (part `backing`) sing the parenthesised echoes and lines and a harmony under each chorus; the
 * instrumental lead rests where the voice sings. With `brief.instrumental`, or a sheet with
 * nothing to sing, this is `composeSong(brief, seed)` with no vocal parts.
 */
export function composeVocalSong(brief: Brief, sheet: LyricSheet, seed: number): Score {
  const setting = vocalForm(brief, sheet);
  if (brief.instrumental || setting.every((s) => s.lines.length === 0)) return composeSong(brief, seed);
  const score = composeSong(brief, seed, { form: setting.map((s) => s.form) });
  const voices = singAll(setting, score, brief, seed);
  const inside = endsInside(score.totalBeats);
  const vocalParts: Part[] = [leadVocalPart(voices.lead.filter(inside), brief.vocalGender)];
  const backing = voices.backing.filter(inside);
  if (backing.length > 0) vocalParts.push(backingVocalPart(backing, brief.vocalGender));
  return { ...score, parts: [...vocalParts, ...muteLeadWhereSung(score.parts, voices.sung)] };
}
