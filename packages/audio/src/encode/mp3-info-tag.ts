/**
 * The Xing "Info" frame with a LAME tag that LAME itself writes in front of a CBR file: frame and
 * byte counts (exact duration and seeking for players) plus encoder delay and padding (decoders
 * such as mpg123 trim them, so the decoded length equals the source length). Written by us
 * because the wasm LAME build outputs bare frames.
 */

const BITRATES_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const SAMPLE_RATES = [44_100, 48_000, 32_000];
/** LAME's own delay before the first source sample; decoders add their 529-sample delay on top. */
export const LAME_ENCODER_DELAY = 576;
const SAMPLES_PER_FRAME = 1152;

interface FrameHeader {
  bitrateKbps: number;
  sampleRate: number;
  padding: number;
  mono: boolean;
  length: number;
}

/** Parses an MPEG-1 Layer III frame header at `offset`, or returns undefined. */
export function parseFrameHeader(bytes: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > bytes.length || bytes[offset] !== 0xff || (bytes[offset + 1]! & 0xfe) !== 0xfa) return undefined;
  const bitrateKbps = BITRATES_KBPS[bytes[offset + 2]! >> 4];
  const sampleRate = SAMPLE_RATES[(bytes[offset + 2]! >> 2) & 3];
  if (!bitrateKbps || !sampleRate) return undefined;
  const padding = (bytes[offset + 2]! >> 1) & 1;
  const mono = bytes[offset + 3]! >> 6 === 3;
  return { bitrateKbps, sampleRate, padding, mono, length: Math.floor((144_000 * bitrateKbps) / sampleRate) + padding };
}

/** Counts the consecutive MPEG frames from the start of `frames`; throws if the stream is broken. */
export function countFrames(frames: Uint8Array): number {
  let count = 0;
  let offset = 0;
  while (offset < frames.length) {
    const header = parseFrameHeader(frames, offset);
    if (!header) throw new Error(`no MPEG frame header at byte ${offset}`);
    offset += header.length;
    count++;
  }
  return count;
}

/** CRC-16 table for polynomial 0x8005, reflected (0xA001). */
const CRC16_TABLE = Uint16Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  return crc;
});

/** CRC-16 (polynomial 0x8005, reflected, initial 0) as used by the LAME tag; a byte per step. */
export function crc16(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ CRC16_TABLE[(crc ^ bytes[i]!) & 0xff]!;
  return crc;
}

/**
 * Builds the Info frame to put in front of `frames` (bare CBR MPEG-1 Layer III frames encoding
 * `sampleCount` source samples per channel with LAME's standard delay).
 */
export function mp3InfoFrame(frames: Uint8Array, sampleCount: number): Uint8Array {
  const first = parseFrameHeader(frames, 0);
  if (!first) throw new Error('MP3 data does not start with an MPEG-1 Layer III frame');
  const frameCount = countFrames(frames);
  const length = Math.floor((144_000 * first.bitrateKbps) / first.sampleRate);
  const info = new Uint8Array(length);
  const view = new DataView(info.buffer);
  info.set([0xff, 0xfb, frames[2]! & 0xfc, frames[3]!]);
  const tag = 4 + (first.mono ? 17 : 32);
  info.set([...'Info'].map((c) => c.charCodeAt(0)), tag);
  view.setUint32(tag + 4, 0x0f);
  view.setUint32(tag + 8, frameCount);
  view.setUint32(tag + 12, frames.length + length);
  for (let i = 0; i < 100; i++) info[tag + 16 + i] = Math.floor((i * 256) / 100);
  const lame = tag + 120;
  info.set([...'LAME3.100'].map((c) => c.charCodeAt(0)), lame);
  info[lame + 9] = 0x01; // tag revision 0, CBR
  info[lame + 20] = Math.min(255, first.bitrateKbps);
  const padding = frameCount * SAMPLES_PER_FRAME - LAME_ENCODER_DELAY - sampleCount;
  if (padding < 0 || padding > 0xfff) throw new RangeError(`MP3 padding ${padding} out of range: wrong sample count?`);
  info[lame + 21] = LAME_ENCODER_DELAY >> 4;
  info[lame + 22] = ((LAME_ENCODER_DELAY & 0xf) << 4) | (padding >> 8);
  info[lame + 23] = padding & 0xff;
  info[lame + 24] = (first.sampleRate === 44_100 ? 1 : first.sampleRate === 48_000 ? 2 : 0) << 6;
  view.setUint32(lame + 28, frames.length + length);
  view.setUint16(lame + 32, crc16(frames, 0, frames.length));
  view.setUint16(lame + 34, crc16(info, 0, lame + 34));
  return info;
}
