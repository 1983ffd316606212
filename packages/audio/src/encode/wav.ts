import type { StereoAudio } from '../stereo-audio.ts';

/** Bits per sample of {@link encodeWav}. */
export type WavBitDepth = 16 | 24;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Encodes stereo audio as a RIFF/WAVE file of integer PCM (16 or 24 bit), at the audio's sample
 * rate. Samples are multiplied by `gain`, clamped to [-1, 1] and rounded (no dither).
 */
export function encodeWav(audio: StereoAudio, bitDepth: WavBitDepth = 16, gain = 1): Uint8Array {
  const frames = audio.left.length;
  const bytesPerSample = bitDepth / 8;
  const blockAlign = 2 * bytesPerSample;
  const dataBytes = frames * blockAlign;
  const out = new Uint8Array(44 + dataBytes + (dataBytes % 2));
  const view = new DataView(out.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) out[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, out.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 2, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, bitDepth, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  const scale = 2 ** (bitDepth - 1) - 1;
  const quantize = (v: number): number => Math.round(Math.max(-1, Math.min(1, v * gain)) * scale);
  const { left, right } = audio;
  if (bitDepth === 16 && LITTLE_ENDIAN) {
    const pcm = new Int16Array(out.buffer, 44, frames * 2);
    for (let i = 0, j = 0; i < frames; i++, j += 2) {
      pcm[j] = quantize(left[i]!);
      pcm[j + 1] = quantize(right[i]!);
    }
    return out;
  }
  let offset = 44;
  for (let i = 0; i < frames; i++) {
    for (const value of [quantize(left[i]!), quantize(right[i]!)]) {
      if (bitDepth === 16) view.setInt16(offset, value, true);
      else {
        out[offset] = value & 0xff;
        out[offset + 1] = (value >> 8) & 0xff;
        out[offset + 2] = (value >> 16) & 0xff;
      }
      offset += bytesPerSample;
    }
  }
  return out;
}
