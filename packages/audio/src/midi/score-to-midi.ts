import type { KeySignature, Mode, Score } from '@songloom/music';
import { allocateChannels, GM_DRUM_CHANNEL, type ChannelAssignment } from './channel-allocation.ts';
import { encodeSmf, encodeTrack, metaEvent, sysExEvent, type TimedEvent } from './smf-writer.ts';
import { selectParts } from '../select-parts.ts';

/** Ticks per quarter note in the files we write. */
export const TICKS_PER_QUARTER = 480;

const SETUP = 0;
const NOTE_OFF = 1;
const NOTE_ON = 2;

/** Options of {@link scoreToMidi}. */
export interface ScoreToMidiOptions {
  /** Only these parts (stems); all parts when omitted. Unknown ids throw a RangeError. */
  partIds?: readonly string[] | undefined;
}

/**
 * Writes a score as a type-1 Standard MIDI File: a conductor track (tempo, time and key signature)
 * then one track per part with bank/program, CC7 volume, CC10 pan, CC91 reverb, CC93 chorus,
 * CC74 brightness and GS drum tuning when set, and its notes. Notes are clamped to the score's end; a note re-struck on the same channel and pitch
 * before the previous one ends cuts the previous one.
 */
export function scoreToMidi(score: Score, options: ScoreToMidiOptions = {}): Uint8Array {
  const parts = selectParts(score, options.partIds);
  const endTick = toTick(score.totalBeats);
  const tracks = [encodeTrack(conductorEvents(score), endTick)];
  const assignments = allocateChannels(parts);
  const notesByChannel = new Map<number, NoteSpan[]>();
  for (const assignment of assignments) {
    const spans = noteSpans(assignment, endTick);
    notesByChannel.set(assignment.channel, [...(notesByChannel.get(assignment.channel) ?? []), ...spans]);
  }
  for (const spans of notesByChannel.values()) resolveRestrikes(spans);
  for (const assignment of assignments) {
    const spans = notesByChannel.get(assignment.channel)!.filter((s) => s.owner === assignment.part.id);
    const events = [...setupEvents(assignment), ...spans.flatMap((s) => noteEvents(s, assignment.channel))];
    tracks.push(encodeTrack(events, endTick));
  }
  return encodeSmf(tracks, TICKS_PER_QUARTER);
}

function toTick(beats: number): number {
  return Math.max(0, Math.round(beats * TICKS_PER_QUARTER));
}

function conductorEvents(score: Score): TimedEvent[] {
  const microsPerQuarter = Math.round(60_000_000 / score.tempo);
  const { numerator, denominator } = score.timeSignature;
  const at0 = (bytes: number[]): TimedEvent => ({ tick: 0, order: SETUP, bytes });
  return [
    at0(metaEvent(0x03, [...new TextEncoder().encode('songloom')])),
    at0(metaEvent(0x51, [(microsPerQuarter >> 16) & 0xff, (microsPerQuarter >> 8) & 0xff, microsPerQuarter & 0xff])),
    at0(metaEvent(0x58, [numerator, Math.round(Math.log2(denominator)), 24, 8])),
    at0(metaEvent(0x59, keySignatureBytes(score.key))),
  ];
}

const MODE_TO_RELATIVE_MAJOR: Record<Mode, number> = {
  major: 0,
  minor: 3,
  'harmonic-minor': 3,
  dorian: 10,
  phrygian: 8,
  lydian: 7,
  mixolydian: 5,
};

/** Key signature meta data: sharps (positive) or flats (negative) of the parent major, and minor flag. */
export function keySignatureBytes(key: KeySignature): [number, number] {
  const majorTonic = (key.tonic + MODE_TO_RELATIVE_MAJOR[key.mode]) % 12;
  const sharps = ((majorTonic * 7 + 6) % 12) - 6;
  const minor = key.mode === 'minor' || key.mode === 'harmonic-minor' ? 1 : 0;
  return [sharps & 0xff, minor];
}

function setupEvents({ part, leader, channel, extraRhythmChannel }: ChannelAssignment): TimedEvent[] {
  const events: number[][] = [metaEvent(0x03, [...new TextEncoder().encode(part.name || part.id)])];
  if (extraRhythmChannel) events.push(sysExEvent(gsRhythmPartBody(channel)));
  const program = leader.isDrums ? (leader.drumKit ?? 0) : leader.program;
  events.push(
    [0xb0 | channel, 0, 0],
    [0xb0 | channel, 32, 0],
    [0xc0 | channel, clamp7(program)],
    [0xb0 | channel, 7, clamp7(leader.volume)],
    [0xb0 | channel, 10, clamp7(leader.pan)],
    [0xb0 | channel, 91, clamp7(leader.reverb)],
    [0xb0 | channel, 93, clamp7(leader.chorus)],
  );
  if (leader.brightness !== undefined) events.push([0xb0 | channel, 74, clamp7(leader.brightness)]);
  if (leader.isDrums && leader.drumTuning) events.push(...drumTuningEvents(channel, leader.drumTuning));
  return events.map((bytes) => ({ tick: 0, order: SETUP, bytes }));
}

/** The kit from kick to cymbals (GM keys 35-59): each drum and cymbal is tuned, as a drummer picks heads and cymbal sizes. */
const TUNED_DRUM_KEYS = Array.from({ length: 25 }, (_, i) => 35 + i);

/** GS NRPN "drum instrument pitch coarse" (CC99 24, CC98 key, CC6 value; 50 cents a step on GS) for each tuned key. */
function drumTuningEvents(channel: number, semitones: number): number[][] {
  const value = clamp7(64 + 2 * semitones);
  return TUNED_DRUM_KEYS.flatMap((key) => [
    [0xb0 | channel, 99, 24],
    [0xb0 | channel, 98, key],
    [0xb0 | channel, 6, value],
  ]);
}

/** Roland GS "use for rhythm part" (40 1x 15 02) for `channel`, with its checksum. */
function gsRhythmPartBody(channel: number): number[] {
  const block = channel === GM_DRUM_CHANNEL ? 0 : channel < GM_DRUM_CHANNEL ? channel + 1 : channel;
  const payload = [0x40, 0x10 | block, 0x15, 0x02];
  const checksum = (128 - (payload.reduce((a, b) => a + b, 0) % 128)) % 128;
  return [0x41, 0x10, 0x42, 0x12, ...payload, checksum, 0xf7];
}

interface NoteSpan {
  owner: string;
  pitch: number;
  velocity: number;
  start: number;
  end: number;
}

function noteSpans({ part, velocityScale }: ChannelAssignment, endTick: number): NoteSpan[] {
  const spans: NoteSpan[] = [];
  for (const note of part.notes) {
    const start = toTick(note.startBeat);
    if (start >= endTick || note.pitch < 0 || note.pitch > 127) continue;
    const end = Math.min(endTick, Math.max(start + 1, toTick(note.startBeat + note.durationBeats)));
    const velocity = Math.max(1, Math.min(127, Math.round(note.velocity * velocityScale)));
    spans.push({ owner: part.id, pitch: note.pitch, velocity, start, end });
  }
  return spans;
}

/** On one channel, a pitch struck again while sounding ends the earlier note there (or drops an exact duplicate). */
function resolveRestrikes(spans: NoteSpan[]): void {
  spans.sort((a, b) => a.start - b.start || b.velocity - a.velocity);
  const sounding = new Map<number, NoteSpan>();
  for (const span of spans) {
    const previous = sounding.get(span.pitch);
    if (previous && previous.end > span.start) {
      if (previous.start === span.start) {
        span.end = -1;
        continue;
      }
      previous.end = span.start;
    }
    sounding.set(span.pitch, span);
  }
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.end < 0) spans.splice(i, 1);
}

function noteEvents(span: NoteSpan, channel: number): TimedEvent[] {
  return [
    { tick: span.start, order: NOTE_ON, bytes: [0x90 | channel, span.pitch, span.velocity] },
    { tick: span.end, order: NOTE_OFF, bytes: [0x80 | channel, span.pitch, 0] },
  ];
}

function clamp7(value: number): number {
  return Math.max(0, Math.min(127, Math.round(value)));
}
