import type { NoteEvent, Part, Score } from '@songloom/music';

/** Options of {@link sampleScore}. */
export interface SampleScoreOptions {
  bars?: number;
  tempo?: number;
  tailSeconds?: number;
}

const PROGRESSION = [
  [57, 60, 64], // Am
  [53, 57, 60], // F
  [48, 52, 55], // C
  [55, 59, 62], // G
];
const LEAD_LINE = [69, 72, 76, 74, 72, 71, 69, 67];

function part(fields: Omit<Part, 'reverb' | 'chorus' | 'pan'> & Partial<Part>): Part {
  return { reverb: 40, chorus: 10, pan: 64, ...fields };
}

/** A small hand-made 4/4 score: drums (standard kit), bass, piano chords and a lead, looping i-VI-III-VII in A minor. */
export function sampleScore(options: SampleScoreOptions = {}): Score {
  const bars = options.bars ?? 4;
  const tempo = options.tempo ?? 120;
  const drums: NoteEvent[] = [];
  const bass: NoteEvent[] = [];
  const chords: NoteEvent[] = [];
  const lead: NoteEvent[] = [];
  for (let bar = 0; bar < bars; bar++) {
    const start = bar * 4;
    const chord = PROGRESSION[bar % PROGRESSION.length]!;
    for (let beat = 0; beat < 4; beat++) {
      drums.push({ pitch: beat % 2 === 0 ? 36 : 38, startBeat: start + beat, durationBeats: 0.25, velocity: 100 });
      for (const eighth of [0, 0.5]) drums.push({ pitch: 42, startBeat: start + beat + eighth, durationBeats: 0.25, velocity: 70 });
      bass.push({ pitch: chord[0]! - 24, startBeat: start + beat, durationBeats: 0.9, velocity: 95 });
      lead.push({ pitch: LEAD_LINE[(bar * 4 + beat) % LEAD_LINE.length]!, startBeat: start + beat, durationBeats: 0.8, velocity: 90 });
    }
    for (const pitch of chord) chords.push({ pitch, startBeat: start, durationBeats: 4, velocity: 75 });
  }
  const totalBeats = bars * 4;
  return {
    tempo,
    timeSignature: { numerator: 4, denominator: 4 },
    beatsPerBar: 4,
    key: { tonic: 9, mode: 'minor' },
    sections: [{ kind: 'verse', label: 'Verse 1', startBeat: 0, bars, energy: 0.7 }],
    chords: [],
    parts: [
      part({ id: 'drums', role: 'drums', name: 'Drums', program: 0, isDrums: true, drumKit: 0, volume: 100, notes: drums }),
      part({ id: 'bass', role: 'bass', name: 'Fingered Bass', program: 33, isDrums: false, volume: 100, notes: bass }),
      part({ id: 'keys', role: 'chords', name: 'Piano', program: 0, isDrums: false, volume: 85, pan: 44, notes: chords }),
      part({ id: 'lead', role: 'lead', name: 'Square Lead', program: 80, isDrums: false, volume: 80, pan: 84, notes: lead }),
    ],
    totalBeats,
    durationSeconds: (totalBeats * 60) / tempo,
    tailSeconds: options.tailSeconds ?? 1.5,
  };
}
