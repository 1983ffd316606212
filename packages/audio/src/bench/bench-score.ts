import type { NoteEvent, Part, Score } from '@songloom/music';

const CHORDS = [[57, 60, 64], [53, 57, 60], [48, 52, 55], [55, 59, 62]];

function part(id: string, role: Part['role'], program: number, notes: NoteEvent[], extra: Partial<Part> = {}): Part {
  return { id, role, name: id, program, isDrums: false, volume: 95, pan: 64, reverb: 40, chorus: 10, notes, ...extra };
}

/** A realistic 60 s, 6-part score (120 bpm, 30 bars): drums, bass, piano, pad, arpeggio, lead. */
export function benchScore(): Score {
  const bars = 30;
  const drums: NoteEvent[] = [], bass: NoteEvent[] = [], piano: NoteEvent[] = [], pad: NoteEvent[] = [], arp: NoteEvent[] = [], lead: NoteEvent[] = [];
  for (let bar = 0; bar < bars; bar++) {
    const s = bar * 4;
    const chord = CHORDS[bar % 4]!;
    for (let e = 0; e < 8; e++) {
      const t = s + e / 2;
      drums.push({ pitch: 42, startBeat: t, durationBeats: 0.25, velocity: e % 2 ? 60 : 80 });
      if (e % 4 === 0) drums.push({ pitch: 36, startBeat: t, durationBeats: 0.25, velocity: 110 });
      if (e % 4 === 2) drums.push({ pitch: 38, startBeat: t, durationBeats: 0.25, velocity: 100 });
      bass.push({ pitch: chord[0]! - 24 + (e === 7 ? 7 : 0), startBeat: t, durationBeats: 0.45, velocity: 96 });
      arp.push({ pitch: chord[e % 3]! + 12, startBeat: t, durationBeats: 0.4, velocity: 70 });
      if (bar >= 4 && e % 2 === 0) lead.push({ pitch: chord[(bar + e) % 3]! + 12, startBeat: t, durationBeats: 0.9, velocity: 92 });
    }
    for (const pitch of chord) {
      pad.push({ pitch, startBeat: s, durationBeats: 4, velocity: 70 });
      for (const b of [0, 1.5, 2.5]) piano.push({ pitch, startBeat: s + b, durationBeats: 0.9, velocity: 78 });
    }
  }
  return {
    tempo: 120, timeSignature: { numerator: 4, denominator: 4 }, beatsPerBar: 4, key: { tonic: 9, mode: 'minor' },
    sections: [{ kind: 'verse', label: 'Verse', startBeat: 0, bars: 16, energy: 0.6 }, { kind: 'chorus', label: 'Chorus', startBeat: 64, bars: 14, energy: 0.9 }],
    chords: [],
    parts: [
      part('drums', 'drums', 0, drums, { isDrums: true, drumKit: 0, volume: 105 }),
      part('bass', 'bass', 33, bass, { volume: 100 }),
      part('piano', 'chords', 4, piano, { pan: 44 }),
      part('pad', 'pad', 89, pad, { volume: 70, reverb: 70 }),
      part('arp', 'arpeggio', 81, arp, { volume: 60, pan: 88 }),
      part('lead', 'lead', 80, lead, { volume: 85 }),
    ],
    totalBeats: bars * 4, durationSeconds: 60, tailSeconds: 2,
  };
}
