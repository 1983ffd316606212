import { describe, expect, it } from 'vitest';
import { genreProfile } from '../brief/genres/index.ts';
import { chordAt } from '../compose/harmony/chord-at.ts';
import { isAllowedPitch } from '../compose/theory/chromatic.ts';
import { parseLyrics } from '../lyrics/parse-lyrics.ts';
import type { NoteEvent, Score } from '../score.ts';
import { composeVocalSong, vocalForm } from './compose-vocal-song.ts';
import { EVERY_TAG, inOrder, notesIn, notesOf, sectionEnd, settingWords, sheetWords, vocalBrief } from './test-helpers.ts';
import { vocalRange } from './voice-ranges.ts';
import { lyricWordsTimeline, sungSections } from './words-timeline.ts';

const sheet = parseLyrics(EVERY_TAG);
const brief = vocalBrief('upbeat pop with piano', EVERY_TAG);
const score = composeVocalSong(brief, sheet, 42);
const vocal = notesOf(score, 'vocal');
const backing = notesOf(score, 'backing');
const INSTRUMENTAL_LABELS = ['Instrumental', 'Break'];

function overlaps(notes: readonly NoteEvent[]): string[] {
  return notes.flatMap((note, i) => {
    const next = notes[i + 1];
    return next && note.startBeat + note.durationBeats > next.startBeat + 1e-9 ? [`${note.lyric?.word}@${note.startBeat}`] : [];
  });
}

function sungWords(s: Score): Map<number, NoteEvent[]> {
  const words = new Map<number, NoteEvent[]>();
  for (const note of [...notesOf(s, 'vocal'), ...notesOf(s, 'backing')]) {
    const index = note.lyric?.wordIndex ?? -1;
    words.set(index, [...(words.get(index) ?? []), note]);
  }
  return words;
}

describe('composeVocalSong: every word of the lyrics is sung', () => {
  it('sings every word in lyric order, once, with a note per syllable', () => {
    const words = sungWords(score);
    const indices = [...words.keys()].sort((a, b) => a - b);
    const expected = settingWords(vocalForm(brief, sheet));
    expect(indices).toEqual(expected.map((_, i) => i));
    expect(indices.map((i) => words.get(i)?.[0]?.lyric?.word)).toEqual(expected);
    expect(expected).toEqual(sheetWords(sheet));
    const written = sheet.sections.flatMap((s) => s.lines.flatMap((l) => [...l.words, ...l.echoes.flatMap((e) => e.line.words)]));
    for (const notes of words.values()) {
      const word = written.find((w) => w.text === notes[0]?.lyric?.word);
      const lead = notes.some((n) => vocal.includes(n)) ? notes.filter((n) => vocal.includes(n)) : notes;
      expect(lead.filter((n) => n.lyric?.text !== '').map((n) => n.lyric?.text)).toEqual(word?.syllables.map((s) => s.text));
    }
  });

  it('sings the words in time order and the timeline gives each word its exact notes', () => {
    const timeline = lyricWordsTimeline(score);
    expect(timeline.map((w) => w.wordIndex)).toEqual(timeline.map((_, i) => i));
    const words = sungWords(score);
    for (const word of timeline) {
      const notes = words.get(word.wordIndex) ?? [];
      expect(word.startBeat).toBe(Math.min(...notes.map((n) => n.startBeat)));
      expect(word.endBeat).toBe(Math.max(...notes.map((n) => n.startBeat + n.durationBeats)));
    }
    expect(timeline.filter((w) => w.backing).map((w) => w.word)).toContain('bright');
    expect(sungSections(score).map((s) => s.label)).toEqual(vocalForm(brief, sheet).filter((s) => s.lines.length > 0).map((s) => s.form.label));
  });

  it('sings nothing in instrumental sections and mutes the instrumental lead where the voice sings', () => {
    const lead = notesOf(score, 'lead');
    for (const section of score.sections) {
      const sung = notesIn(score, section, [...vocal, ...backing]);
      if (INSTRUMENTAL_LABELS.includes(section.label)) expect(sung, section.label).toEqual([]);
      if (sung.length > 0) expect(notesIn(score, section, lead), section.label).toEqual([]);
    }
    expect(Math.min(...[...vocal, ...backing].map((n) => n.startBeat))).toBeGreaterThanOrEqual(2 * score.beatsPerBar);
    const instrumental = score.sections.find((s) => s.label === 'Instrumental');
    expect(instrumental && notesIn(score, instrumental, lead).length).toBeGreaterThan(0);
  });

  it('keeps notes apart and inside the bars of their section', () => {
    expect(overlaps(vocal)).toEqual([]);
    const leadWords = new Set(vocal.map((n) => n.lyric?.wordIndex));
    const answers = backing.filter((n) => !leadWords.has(n.lyric?.wordIndex));
    expect(overlaps(answers)).toEqual([]);
    expect(overlaps([...answers, ...vocal].sort((a, b) => a.startBeat - b.startBeat))).toEqual([]);
    for (const note of [...vocal, ...backing]) {
      const section = score.sections.find((s) => note.startBeat >= s.startBeat && note.startBeat < sectionEnd(score, s));
      expect(section && note.startBeat + note.durationBeats <= sectionEnd(score, section) + 1e-9).toBe(true);
    }
  });
});

describe('composeVocalSong: form from the lyrics', () => {
  it('follows the lyric sections in order, padded towards the genre length with an intro, breaks and a solo', () => {
    const labels = score.sections.map((s) => s.label);
    expect(inOrder(sheet.sections.map((s) => s.label), labels)).toBe(true);
    const added = [...labels];
    for (const label of sheet.sections.map((s) => s.label)) added.splice(added.indexOf(label), 1);
    for (const label of added) expect(['Intro', 'Instrumental', 'Solo', 'Outro']).toContain(label);
    expect(score.durationSeconds + score.tailSeconds).toBeGreaterThanOrEqual(90);
    expect(labels.filter((l) => l === 'Chorus').length).toBe(sheet.sections.filter((s) => s.label === 'Chorus').length);
    const bare = parseLyrics('[Verse]\nI walk the line tonight\n[Chorus]\nHold me close and hold me tight');
    const edges = composeVocalSong(vocalBrief('pop', ''), bare, 1).sections.map((s) => s.kind);
    expect(edges[0]).toBe('intro');
    expect(edges[edges.length - 1]).toBe('outro');
    expect(edges[1]).toBe('verse');
    expect(edges).toContain('chorus');
  });

  it('pads short lyrics to the genre length, never longer than maxSeconds', () => {
    const short = parseLyrics('[Verse]\nI walk the line tonight\nUnder the silver light\n[Chorus]\nHold me close and hold me tight');
    const shortScore = composeVocalSong(brief, short, 3);
    expect(shortScore.durationSeconds + shortScore.tailSeconds).toBeGreaterThanOrEqual(90);
    for (const maxSeconds of [30, 60, 90]) {
      const capped = composeVocalSong(vocalBrief('upbeat pop with piano', EVERY_TAG, { maxSeconds }), sheet, 42);
      expect(capped.durationSeconds + capped.tailSeconds).toBeLessThanOrEqual(maxSeconds);
      expect(inOrder(capped.sections.map((s) => s.label).filter((l) => l !== 'Outro'), sheet.sections.map((s) => s.label))).toBe(true);
      expect(notesOf(capped, 'vocal').length).toBeGreaterThan(0);
    }
  });
});

describe('composeVocalSong: melody', () => {
  it('sings repeated choruses to the same pitches and rhythm', () => {
    const choruses = score.sections.filter((s) => s.label === 'Chorus' && s.bars === score.sections.find((c) => c.label === 'Chorus')?.bars);
    expect(choruses.length).toBeGreaterThanOrEqual(2);
    const shape = (notes: NoteEvent[]): unknown[] => notes.map((n) => [n.pitch, n.startBeat, n.durationBeats, n.lyric?.text]);
    const [first, ...others] = choruses.map((c) => notesIn(score, c, vocal));
    expect(first?.length).toBeGreaterThan(20);
    for (const other of others) expect(shape(other)).toEqual(shape(first ?? []));
    const [harmonyA, ...harmonies] = choruses.map((c) => notesIn(score, c, backing));
    for (const harmony of harmonies) expect(shape(harmony)).toEqual(shape(harmonyA ?? []));
  });

  it.each(['m', 'f'] as const)('stays inside the singable range of voice %s, in key', (gender) => {
    for (const style of ['upbeat pop with piano', 'slow delta blues in E', 'dark synthwave in A minor', 'acoustic folk in 3/4']) {
      const song = composeVocalSong(vocalBrief(style, EVERY_TAG, { vocalGender: gender }), sheet, 9);
      const range = vocalRange(gender);
      const notes = [...notesOf(song, 'vocal'), ...notesOf(song, 'backing')];
      const blueNotes = genreProfile(vocalBrief(style, EVERY_TAG).genre).blueNotes;
      expect(notes.filter((n) => n.pitch < range.low || n.pitch > range.high)).toEqual([]);
      expect(notes.filter((n) => !isAllowedPitch(n.pitch, song.key, chordAt(song.chords, n.startBeat), { blueNotes })).map((n) => n.pitch)).toEqual([]);
    }
  });

  it('puts most stressed syllables of longer words on beats', () => {
    const stressed = vocal.filter((n) => n.lyric?.stressed && n.lyric.text !== '' && n.lyric.word.length > 4);
    const onBeat = stressed.filter((n) => Number.isInteger(n.startBeat));
    expect(stressed.length).toBeGreaterThan(10);
    expect(onBeat.length / stressed.length).toBeGreaterThanOrEqual(0.8);
  });

  it('harmonizes choruses a third or sixth away from the lead, on the same syllables', () => {
    const chorus = score.sections.find((s) => s.label === 'Chorus');
    const lead = chorus ? notesIn(score, chorus, vocal) : [];
    const harmony = chorus ? notesIn(score, chorus, backing).filter((n) => lead.some((l) => l.startBeat === n.startBeat)) : [];
    expect(harmony.length).toBe(lead.length);
    harmony.forEach((note, i) => {
      const interval = ((lead[i]?.pitch ?? 0) - note.pitch + 120) % 12;
      expect([3, 4, 8, 9]).toContain(interval);
      expect(note.lyric).toEqual(lead[i]?.lyric);
    });
  });
});

describe('composeVocalSong: determinism and fallbacks', () => {
  it('is a pure function of brief, lyrics and seed', () => {
    expect(composeVocalSong(brief, sheet, 42)).toEqual(score);
    expect(notesOf(composeVocalSong(brief, sheet, 43), 'vocal')).not.toEqual(vocal);
  });

  it('sings nothing for an instrumental brief or a sheet with nothing to sing', () => {
    const instrumental = { ...brief, instrumental: true };
    const roles = (s: Score): string[] => s.parts.map((p) => p.role);
    expect(roles(composeVocalSong(instrumental, sheet, 1))).not.toContain('vocal');
    expect(roles(composeVocalSong(brief, parseLyrics('[Instrumental]\n(piano solo)'), 1))).not.toContain('vocal');
    expect(roles(composeVocalSong(brief, parseLyrics(''), 1))).not.toContain('vocal');
  });
});
