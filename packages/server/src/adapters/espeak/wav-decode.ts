/** Decodes a 16-bit PCM mono WAV (what espeak-ng writes) to floats in [-1, 1). */
export function decodeWav16(bytes: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12;
  let sampleRate = 22050;
  while (offset + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ') sampleRate = view.getUint32(offset + 12, true);
    if (id === 'data') {
      // espeak streams its WAV and may leave the size at 0 or 0x7fffffff: trust the file length.
      const end = size === 0 || offset + 8 + size > bytes.length ? bytes.length : offset + 8 + size;
      const n = Math.floor((end - offset - 8) / 2);
      const samples = new Float32Array(n);
      for (let i = 0; i < n; i++) samples[i] = view.getInt16(offset + 8 + 2 * i, true) / 32768;
      return { samples, sampleRate };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV without a data chunk');
}
