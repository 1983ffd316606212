import { describe, expect, it } from 'vitest';
import { MPEGDecoder } from 'mpg123-decoder';
import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { createStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { concatBytes, createMp3Encoder, encodeMp3 } from './mp3.ts';
import { countFrames, crc16, parseFrameHeader } from './mp3-info-tag.ts';
import { encodeWav } from './wav.ts';

function music(seconds: number): StereoAudio {
  const audio = createStereoAudio(44_100, Math.round(seconds * 44_100));
  for (let i = 0; i < audio.left.length; i++) {
    const t = i / 44_100;
    const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 2 * t);
    audio.left[i] = 0.3 * envelope * Math.sin(2 * Math.PI * 220 * t) + 0.1 * Math.sin(2 * Math.PI * 1760 * t);
    audio.right[i] = 0.3 * envelope * Math.sin(2 * Math.PI * 330 * t) + 0.1 * Math.sin(2 * Math.PI * 2640 * t);
  }
  return audio;
}

async function decode(mp3: Uint8Array): Promise<StereoAudio> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const decoded = decoder.decode(mp3);
  decoder.free();
  return { sampleRate: decoded.sampleRate, left: decoded.channelData[0]!, right: decoded.channelData[1]! };
}

describe('encodeWav', () => {
  it('writes a canonical 16-bit stereo header and clamped little-endian samples', () => {
    const audio = createStereoAudio(44_100, 3);
    audio.left.set([0, 1, -2]);
    audio.right.set([0.5, -1, 0]);
    const wav = encodeWav(audio);
    const view = new DataView(wav.buffer);
    const text = (o: number): string => String.fromCharCode(...wav.subarray(o, o + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true)]).toEqual([1, 2, 44_100]);
    expect([view.getUint32(28, true), view.getUint16(32, true), view.getUint16(34, true)]).toEqual([176_400, 4, 16]);
    expect(view.getUint32(40, true)).toBe(12);
    expect([1, 2, 3, 4, 5].map((k) => view.getInt16(44 + 2 * k, true))).toEqual([16_384, 32_767, -32_767, -32_767, 0]);
  });

  it('writes 24-bit samples', () => {
    const audio = createStereoAudio(48_000, 1);
    audio.left[0] = 0.5;
    const wav = encodeWav(audio, 24);
    const view = new DataView(wav.buffer);
    expect([view.getUint16(32, true), view.getUint16(34, true), view.getUint32(40, true), wav.length]).toEqual([6, 24, 6, 50]);
    expect(wav[44]! | (wav[45]! << 8) | (wav[46]! << 16)).toBe(Math.round(0.5 * 8_388_607));
  });
});

describe('crc16', () => {
  it('is CRC-16/ARC (the LAME tag CRC): check value of "123456789", and a bitwise reference on random bytes', () => {
    const text = new TextEncoder().encode('123456789');
    expect(crc16(text, 0, text.length)).toBe(0xbb3d);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff);
    let bitwise = 0;
    for (let i = 100; i < 900; i++) {
      bitwise ^= bytes[i]!;
      for (let bit = 0; bit < 8; bit++) bitwise = bitwise & 1 ? (bitwise >>> 1) ^ 0xa001 : bitwise >>> 1;
    }
    expect(crc16(bytes, 100, 900)).toBe(bitwise);
  });
});

describe('MP3', () => {
  it('encodes CBR 192 kbit/s with an Info tag; decodes to the exact length, aligned, same loudness', async () => {
    const audio = music(3.3);
    const mp3 = await encodeMp3(audio);
    expect(String.fromCharCode(...mp3.subarray(36, 40))).toBe('Info');
    const header = parseFrameHeader(mp3, 0)!;
    expect(header.bitrateKbps).toBe(192);
    const audioFrames = mp3.subarray(header.length);
    expect(new DataView(mp3.buffer, mp3.byteOffset).getUint32(44)).toBe(countFrames(audioFrames));
    for (let offset = 0; offset < audioFrames.length; offset += parseFrameHeader(audioFrames, offset)!.length) {
      expect(parseFrameHeader(audioFrames, offset)!.bitrateKbps).toBe(192);
    }
    const decoded = await decode(mp3);
    expect(Math.abs(decoded.left.length - audio.left.length) / 44_100).toBeLessThan(0.05);
    let error = 0;
    for (let i = 0; i < audio.left.length; i++) error += (decoded.left[i]! - audio.left[i]!) ** 2;
    expect(Math.sqrt(error / audio.left.length)).toBeLessThan(0.01);
    expect(Math.abs(integratedLoudness(decoded) - integratedLoudness(audio))).toBeLessThan(0.5);
  });

  it('encodes incrementally: chunks give the same frames as one call, as owned copies', async () => {
    const audio = music(1.5);
    const encoder = await createMp3Encoder({ sampleRate: 44_100 });
    const parts: Uint8Array[] = [];
    for (let i = 0; i < audio.left.length; i += 7000) {
      parts.push(encoder.encode({ sampleRate: 44_100, left: audio.left.subarray(i, i + 7000), right: audio.right.subarray(i, i + 7000) }));
    }
    parts.push(encoder.finish());
    expect(parts.every((p) => p.buffer.byteLength === p.length)).toBe(true);
    const streamed = concatBytes(parts);
    const whole = await encodeMp3(audio);
    expect(streamed).toEqual(whole.subarray(parseFrameHeader(whole, 0)!.length));
    expect(() => encoder.finish()).toThrow();
  });
});
