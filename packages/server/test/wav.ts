/** Reads a 16-bit PCM WAV (as songloom writes them) into float channels. */
export function decodeWav16(bytes: Uint8Array): { sampleRate: number; channels: Float32Array[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const channelCount = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  let offset = 12;
  while (offset < bytes.length - 8) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') {
      const frames = size / 2 / channelCount;
      const channels = Array.from({ length: channelCount }, () => new Float32Array(frames));
      for (let i = 0; i < frames; i++) {
        for (let c = 0; c < channelCount; c++) channels[c]![i] = view.getInt16(offset + 8 + (i * channelCount + c) * 2, true) / 32768;
      }
      return { sampleRate, channels };
    }
    offset += 8 + size;
  }
  throw new Error('no data chunk');
}
