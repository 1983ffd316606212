import { createStereoAudio, processVocal, singPart, type PhonemeSynth, type SingingLanguage, type StereoAudio, type SungWord, type VoiceGender } from '@songloom/audio';
import type { Part, Score } from '@songloom/music';

export interface VoiceChoice {
  language: SingingLanguage;
  gender: VoiceGender;
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
  for (const part of parts) {
    const sung = await singPart(part, { tempo: score.tempo, language: voice.language, voice: voice.gender, synth, sampleRate: 44_100 });
    const processed = processVocal(sung.audio, { sampleRate: 44_100, role: part.role });
    addInto(stem, processed, 0);
    if (part.role === 'vocal') words = sung.words;
  }
  return { stem, words };
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
