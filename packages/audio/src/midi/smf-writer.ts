/**
 * Minimal Standard MIDI File (SMF) byte writer: track chunks made of delta-timed events,
 * assembled into a type-1 file. Knows bytes, not music.
 */

/** One event at an absolute tick. `order` breaks ties at the same tick (lower first). */
export interface TimedEvent {
  tick: number;
  order: number;
  bytes: readonly number[];
}

/** Encodes a MIDI variable-length quantity (7 bits per byte, high bit = continuation). */
export function variableLengthQuantity(value: number): number[] {
  if (!Number.isInteger(value) || value < 0 || value > 0x0fffffff) {
    throw new RangeError(`variable-length quantity out of range: ${value}`);
  }
  const bytes = [value & 0x7f];
  let rest = value >> 7;
  while (rest > 0) {
    bytes.unshift((rest & 0x7f) | 0x80);
    rest >>= 7;
  }
  return bytes;
}

/** A meta event (FF type len data). */
export function metaEvent(type: number, data: readonly number[]): number[] {
  return [0xff, type, ...variableLengthQuantity(data.length), ...data];
}

/** A system-exclusive event; `body` excludes the leading F0 and includes the trailing F7. */
export function sysExEvent(body: readonly number[]): number[] {
  return [0xf0, ...variableLengthQuantity(body.length), ...body];
}

/** Sorts events by tick then order and encodes an MTrk chunk ending with End Of Track at `endTick`. */
export function encodeTrack(events: readonly TimedEvent[], endTick: number): Uint8Array {
  const sorted = [...events].sort((a, b) => a.tick - b.tick || a.order - b.order);
  const body: number[] = [];
  let lastTick = 0;
  for (const event of sorted) {
    body.push(...variableLengthQuantity(event.tick - lastTick), ...event.bytes);
    lastTick = event.tick;
  }
  body.push(...variableLengthQuantity(Math.max(0, endTick - lastTick)), ...metaEvent(0x2f, []));
  const chunk = new Uint8Array(8 + body.length);
  chunk.set([0x4d, 0x54, 0x72, 0x6b], 0);
  new DataView(chunk.buffer).setUint32(4, body.length);
  chunk.set(body, 8);
  return chunk;
}

/** Assembles a type-1 SMF from encoded track chunks. */
export function encodeSmf(tracks: readonly Uint8Array[], ticksPerQuarter: number): Uint8Array {
  const header = new Uint8Array(14);
  header.set([0x4d, 0x54, 0x68, 0x64], 0);
  const view = new DataView(header.buffer);
  view.setUint32(4, 6);
  view.setUint16(8, 1);
  view.setUint16(10, tracks.length);
  view.setUint16(12, ticksPerQuarter);
  const out = new Uint8Array(header.length + tracks.reduce((sum, t) => sum + t.length, 0));
  out.set(header, 0);
  let offset = header.length;
  for (const track of tracks) {
    out.set(track, offset);
    offset += track.length;
  }
  return out;
}
