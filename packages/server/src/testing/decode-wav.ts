/** Decodes a 16-bit PCM stereo WAV (what `encodeWav` writes) into two channels of floats in [-1, 1). */
export function decodeStereoWav16(bytes: Uint8Array): { sampleRate: number; left: Float32Array; right: Float32Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const size = view.getUint32(offset + 4, true);
    if (tag(offset) === 'fmt ') {
      const channels = view.getUint16(offset + 10, true);
      const bits = view.getUint16(offset + 22, true);
      if (channels !== 2 || bits !== 16) throw new Error(`expected 16-bit stereo, got ${bits}-bit with ${channels} channels`);
      sampleRate = view.getUint32(offset + 12, true);
    }
    if (tag(offset) === 'data') {
      const frames = Math.floor(size / 4);
      const left = new Float32Array(frames);
      const right = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        left[i] = view.getInt16(offset + 8 + 4 * i, true) / 32768;
        right[i] = view.getInt16(offset + 10 + 4 * i, true) / 32768;
      }
      return { sampleRate, left, right };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV without a data chunk');
}
