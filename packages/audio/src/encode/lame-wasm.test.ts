import { describe, expect, it } from 'vitest';
import { MPEGDecoder } from 'mpg123-decoder';
import { createLameEncoder } from './lame-wasm.ts';
import { concatBytes, MP3_QUALITY } from './mp3.ts';
import { mp3InfoFrame, parseFrameHeader } from './mp3-info-tag.ts';

const RATE = 44_100;
/** LAME 3.100 scales its analysis window by this factor (0.265 dB of headroom). */
const LAME_GAIN = 0.970031253194544;

function tone(frequency: number, amplitude: number, frames: number): Float32Array {
  return Float32Array.from({ length: frames }, (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / RATE));
}

async function decode(mp3: Uint8Array): Promise<Float32Array[]> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const decoded = decoder.decode(mp3);
  decoder.free();
  return decoded.channelData;
}

function crossings(samples: Float32Array, from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (samples[i - 1]! < 0 !== samples[i]! < 0) count++;
  return count;
}

/** Signal-to-error ratio (dB) of `decoded` against `source` scaled by LAME's gain, same sample index. */
function snr(source: Float32Array, decoded: Float32Array, from: number, to: number): number {
  let signal = 0;
  let error = 0;
  for (let i = from; i < to; i++) {
    signal += (LAME_GAIN * source[i]!) ** 2;
    error += (decoded[i]! - LAME_GAIN * source[i]!) ** 2;
  }
  return 10 * Math.log10(signal / error);
}

describe('lame.wasm', () => {
  it('round-trips a 3 s stereo tone at the chosen quality: exact length, aligned, right pitch and level', async () => {
    const frames = 3 * RATE;
    const left = tone(440, 0.5, frames);
    const right = tone(1000, 0.25, frames);
    const lame = createLameEncoder({ sampleRate: RATE, channels: 2, bitrateKbps: 192, quality: MP3_QUALITY });
    const stream = concatBytes([lame.encode(left, right), lame.flush()]);
    expect(parseFrameHeader(stream, 0)).toMatchObject({ bitrateKbps: 192, sampleRate: RATE, mono: false });

    const [decodedLeft, decodedRight] = await decode(concatBytes([mp3InfoFrame(stream, frames), stream]));
    expect([decodedLeft!.length, decodedRight!.length]).toEqual([frames, frames]);
    const [from, to] = [RATE / 2, frames - RATE / 2];
    expect(crossings(decodedLeft!, from, to)).toBeGreaterThanOrEqual(2 * 440 * 2 - 2);
    expect(crossings(decodedLeft!, from, to)).toBeLessThanOrEqual(2 * 440 * 2 + 2);
    expect(crossings(decodedRight!, from, to)).toBeGreaterThanOrEqual(2 * 1000 * 2 - 2);
    expect(crossings(decodedRight!, from, to)).toBeLessThanOrEqual(2 * 1000 * 2 + 2);
    expect(snr(left, decodedLeft!, 0, frames)).toBeGreaterThan(40);
    expect(snr(right, decodedRight!, 0, frames)).toBeGreaterThan(40);
  });

  it('gives the same frames however the input is chunked, and cannot be used after flush', () => {
    const left = tone(440, 0.5, 100_000);
    const right = tone(660, 0.5, 100_000);
    const options = { sampleRate: RATE, channels: 2, bitrateKbps: 192, quality: MP3_QUALITY } as const;
    const whole = createLameEncoder(options);
    const expected = concatBytes([whole.encode(left, right), whole.flush()]);
    const chunked = createLameEncoder(options);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < left.length; i += 7_777) parts.push(chunked.encode(left.subarray(i, i + 7_777), right.subarray(i, i + 7_777)));
    parts.push(chunked.flush());
    expect(concatBytes(parts)).toEqual(expected);
    expect(() => chunked.flush()).toThrow();
    expect(() => chunked.encode(left, right)).toThrow();
  });

  it('rejects what MPEG-1 Layer III cannot carry as asked instead of resampling or rounding', () => {
    const options = { sampleRate: RATE, channels: 2, bitrateKbps: 192, quality: MP3_QUALITY } as const;
    expect(() => createLameEncoder({ ...options, sampleRate: 12_345 })).toThrow(RangeError);
    expect(() => createLameEncoder({ ...options, sampleRate: 22_050 })).toThrow(RangeError);
    expect(() => createLameEncoder({ ...options, bitrateKbps: 191 })).toThrow(RangeError);
    expect(() => createLameEncoder({ ...options, sampleRate: 48_000, bitrateKbps: 320 })).not.toThrow();
  });
});
