/** Two-channel floating-point PCM, nominally in [-1, 1]. Both channels have the same length. */
export interface StereoAudio {
  sampleRate: number;
  left: Float32Array;
  right: Float32Array;
}

/** A silent stereo buffer of `frames` samples per channel. */
export function createStereoAudio(sampleRate: number, frames: number): StereoAudio {
  return { sampleRate, left: new Float32Array(frames), right: new Float32Array(frames) };
}

/** Number of frames (samples per channel). */
export function frameCount(audio: StereoAudio): number {
  return audio.left.length;
}

/** Concatenates chunks of the same sample rate into one buffer. */
export function concatStereoAudio(chunks: readonly StereoAudio[], sampleRate: number): StereoAudio {
  const total = chunks.reduce((sum, chunk) => sum + chunk.left.length, 0);
  const out = createStereoAudio(sampleRate, total);
  let offset = 0;
  for (const chunk of chunks) {
    out.left.set(chunk.left, offset);
    out.right.set(chunk.right, offset);
    offset += chunk.left.length;
  }
  return out;
}

/** Largest absolute sample value over both channels. */
export function samplePeak(audio: StereoAudio): number {
  let peak = 0;
  for (const channel of [audio.left, audio.right]) {
    for (let i = 0; i < channel.length; i++) {
      const value = Math.abs(channel[i]!);
      if (value > peak) peak = value;
    }
  }
  return peak;
}
