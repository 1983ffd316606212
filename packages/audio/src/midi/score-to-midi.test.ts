import { describe, expect, it } from 'vitest';
import { BasicMIDI } from 'spessasynth_core';
import type { Part } from '@songloom/music';
import { sampleScore } from '../testing/sample-score.test-support.ts';
import { keySignatureBytes, scoreToMidi } from './score-to-midi.ts';
import { allocateChannels } from './channel-allocation.ts';
import { variableLengthQuantity } from './smf-writer.ts';

function parse(bytes: Uint8Array): BasicMIDI {
  return BasicMIDI.fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

function events(midi: BasicMIDI): { status: number; data: number[]; ticks: number }[] {
  return midi.tracks.flatMap((t) => t.events.map((e) => ({ status: e.statusByte, data: [...e.data], ticks: e.ticks })));
}

describe('scoreToMidi', () => {
  it('writes a type-1 file that spessasynth reads back with tempo, meter, notes and programs', () => {
    const score = sampleScore({ bars: 4, tempo: 100 });
    score.timeSignature = { numerator: 6, denominator: 8 };
    const midi = parse(scoreToMidi(score));
    expect(midi.format).toBe(1);
    expect(midi.tracks).toHaveLength(1 + score.parts.length);
    expect(midi.tempoChanges[0]!.tempo).toBeCloseTo(100, 3);
    const timeSig = events(midi).find((e) => e.status === 0x58)!;
    expect(timeSig.data.slice(0, 2)).toEqual([6, 3]);
    const noteOns = events(midi).filter((e) => e.status >> 4 === 9 && e.data[1]! > 0);
    expect(noteOns).toHaveLength(score.parts.reduce((n, p) => n + p.notes.length, 0));
    const programs = events(midi).filter((e) => e.status >> 4 === 0xc).map((e) => [e.status & 15, e.data[0]]);
    expect(programs).toEqual([[9, 0], [0, 33], [1, 0], [2, 80]]);
    expect(midi.duration).toBeCloseTo(score.durationSeconds, 2);
  });

  it('sets volume, pan, reverb and chorus per channel', () => {
    const score = sampleScore();
    const ccs = events(parse(scoreToMidi(score))).filter((e) => e.status === 0xb1).map((e) => e.data);
    expect(ccs).toEqual(expect.arrayContaining([[7, 85], [10, 44], [91, 40], [93, 10]]));
  });

  it('writes only the requested parts (stems) and rejects unknown ids', () => {
    const score = sampleScore();
    const midi = parse(scoreToMidi(score, { partIds: ['bass'] }));
    expect(midi.tracks).toHaveLength(2);
    expect(() => scoreToMidi(score, { partIds: ['nope'] })).toThrow(RangeError);
  });

  it('cuts a note re-struck on the same pitch and clamps notes to the end of the score', () => {
    const score = sampleScore({ bars: 1 });
    score.parts = [{ ...score.parts[1]!, notes: [
      { pitch: 40, startBeat: 0, durationBeats: 2, velocity: 90 },
      { pitch: 40, startBeat: 1, durationBeats: 10, velocity: 90 },
    ] }];
    const notes = events(parse(scoreToMidi(score))).filter((e) => e.status >> 4 === 8 || e.status >> 4 === 9);
    expect(notes.map((e) => [e.status >> 4, e.ticks])).toEqual([[9, 0], [8, 480], [9, 480], [8, 1920]]);
  });

  it('puts a second drum kit on its own rhythm channel, never a melodic part on channel 10', () => {
    const score = sampleScore();
    const extraKit: Part = { ...score.parts[0]!, id: 'perc', drumKit: 25 };
    const assignments = allocateChannels([...score.parts, extraKit]);
    expect(assignments.find((a) => a.part.id === 'drums')!.channel).toBe(9);
    const perc = assignments.find((a) => a.part.id === 'perc')!;
    expect(perc.extraRhythmChannel).toBe(true);
    expect(perc.channel).not.toBe(9);
    expect(assignments.filter((a) => !a.part.isDrums).every((a) => a.channel !== 9)).toBe(true);
    score.parts.push(extraKit);
    const sysex = events(parse(scoreToMidi(score))).filter((e) => e.status === 0xf0);
    expect(sysex).toHaveLength(1);
  });

  it('shares channels by program beyond 15 melodic parts and fails beyond 15 programs', () => {
    const base = sampleScore().parts[1]!;
    const many = Array.from({ length: 20 }, (_, i): Part => ({ ...base, id: `p${i}`, program: i % 10, volume: 50 + i }));
    const shared = allocateChannels(many);
    expect(new Set(shared.map((a) => a.channel)).size).toBe(10);
    expect(shared.find((a) => a.part.id === 'p10')!.velocityScale).toBeCloseTo(60 / 50);
    const distinct = Array.from({ length: 16 }, (_, i): Part => ({ ...base, id: `p${i}`, program: i }));
    expect(() => allocateChannels(distinct)).toThrow(RangeError);
  });

  it('encodes variable-length quantities and key signatures', () => {
    expect(variableLengthQuantity(0)).toEqual([0]);
    expect(variableLengthQuantity(0x80)).toEqual([0x81, 0]);
    expect(variableLengthQuantity(0x0fffffff)).toEqual([0xff, 0xff, 0xff, 0x7f]);
    expect(keySignatureBytes({ tonic: 9, mode: 'minor' })).toEqual([0, 1]);
    expect(keySignatureBytes({ tonic: 7, mode: 'major' })).toEqual([1, 0]);
    expect(keySignatureBytes({ tonic: 5, mode: 'major' })).toEqual([0xff, 0]);
    expect(keySignatureBytes({ tonic: 2, mode: 'dorian' })).toEqual([0, 0]);
  });
});
