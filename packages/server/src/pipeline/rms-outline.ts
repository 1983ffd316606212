import type { StereoAudio } from '@songloom/audio';

/** `points` RMS values (0..1) of equal slices of the audio: the waveform outline players draw. */
export function rmsOutline(audio: StereoAudio, points: number): number[] {
  const frames = audio.left.length;
  const out: number[] = [];
  for (let p = 0; p < points; p++) {
    const start = Math.floor((p * frames) / points);
    const end = Math.max(start + 1, Math.floor(((p + 1) * frames) / points));
    let sum = 0;
    for (let i = start; i < end && i < frames; i++) sum += (audio.left[i]! ** 2 + audio.right[i]! ** 2) / 2;
    out.push(Math.round(Math.sqrt(sum / (end - start)) * 1000) / 1000);
  }
  return out;
}
