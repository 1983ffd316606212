import { createStereoAudio, processVocal, repeatedStretches, singPart, VOCAL_CHAIN, type PhonemeSynth, type SingingLanguage, type StereoAudio, type SungWord, type VocalStyle, type VoiceGender } from '@songloom/audio';
import type { Part, Score } from '@songloom/music';

export interface VoiceChoice {
  language: SingingLanguage;
  gender: VoiceGender;
  /** The genre's delivery (vibrato, scoops, breath); default the base one. */
  style?: VocalStyle;
  /** Seed of the singer's small irregularities: the track's seed. */
  seed?: number;
}

/** The sung parts of a track, mixed to one stereo stem as long as the track, and the lead's word timings. */
export interface SungVocals {
  stem: StereoAudio;
  words: SungWord[];
}

export const isSungPart = (part: Part): boolean => part.role === 'vocal' || part.role === 'backing-vocal';

/** Sings every vocal part of the score (lead and backing) through the voice port and processes it for the mix. */
export async function singVocals(score: Score, synth: PhonemeSynth, voice: VoiceChoice, frames: number): Promise<SungVocals | null> {
  const parts = score.parts.filter((p) => isSungPart(p) && p.notes.length > 0);
  if (parts.length === 0) return null;
  const stem = createStereoAudio(44_100, frames);
  let words: SungWord[] = [];
  const sing = (part: Part) => singPart(part, { tempo: score.tempo, language: voice.language, voice: voice.gender, synth, sampleRate: 44_100, ...(voice.style ? { style: voice.style } : {}), ...(voice.seed === undefined ? {} : { seed: voice.seed }) });
  for (const part of parts) {
    if (part.role === 'backing-vocal') {
      await singRepeatsOnce(score, part, sing, stem);
      continue;
    }
    const sung = await sing(part);
    addInto(stem, processVocal(sung.audio, { sampleRate: 44_100, role: part.role }), 0);
    if (part.role === 'vocal') words = sung.words;
  }
  return { stem, words };
}

/** Room before a stretch's first note for its consonants, which lead in before the beat. */
const LEAD_IN_S = 1;

/**
 * Sings each distinct stretch of a part once (a backing vocal mostly doubles choruses that repeat
 * note for note), processes it with its reverb tail, and adds it wherever the stretch occurs.
 */
async function singRepeatsOnce(score: Score, part: Part, sing: (part: Part) => Promise<{ audio: Float32Array }>, stem: StereoAudio): Promise<void> {
  const beatS = 60 / score.tempo;
  const leadInBeats = Math.ceil(LEAD_IN_S / beatS);
  const tail = Math.round(VOCAL_CHAIN.tailS * stem.sampleRate);
  for (const stretch of repeatedStretches(part, score.sections, score.beatsPerBar)) {
    const sung = await sing({ ...part, notes: stretch.notes.map((n) => ({ ...n, startBeat: n.startBeat + leadInBeats })) });
    const withTail = new Float32Array(sung.audio.length + tail);
    withTail.set(sung.audio);
    const processed = processVocal(withTail, { sampleRate: stem.sampleRate, role: part.role });
    for (const start of stretch.startBeats) addInto(stem, processed, Math.round((start - leadInBeats) * beatS * stem.sampleRate));
  }
}

/** Adds `source` into `target` starting at frame `offset` (clipped to the target's length). */
export function addInto(target: StereoAudio, source: StereoAudio, offset: number): void {
  const end = Math.min(target.left.length, offset + source.left.length);
  for (let i = Math.max(0, offset); i < end; i++) {
    target.left[i] = target.left[i]! + source.left[i - offset]!;
    target.right[i] = target.right[i]! + source.right[i - offset]!;
  }
}

/** The part of `stem` that lines up with a chunk starting at frame `offset`. */
export function sliceAt(stem: StereoAudio, offset: number, frames: number): StereoAudio {
  return { sampleRate: stem.sampleRate, left: stem.left.subarray(offset, offset + frames), right: stem.right.subarray(offset, offset + frames) };
}
