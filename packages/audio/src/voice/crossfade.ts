/** Raised-cosine fade-in weight for position `i` of a fade `length` samples long (0 → 1). */
export function fadeInWeight(i: number, length: number): number {
  if (length <= 0) return 1;
  const t = Math.min(1, Math.max(0, i / length));
  return 0.5 - 0.5 * Math.cos(Math.PI * t);
}

/** Applies raised-cosine fades in place: `inSamples` at the start, `outSamples` at the end. */
export function applyEdgeFades(x: Float32Array, inSamples: number, outSamples: number): void {
  const fin = Math.min(inSamples, x.length);
  for (let i = 0; i < fin; i++) x[i] = (x[i] ?? 0) * fadeInWeight(i, fin);
  const fout = Math.min(outSamples, x.length);
  for (let i = 0; i < fout; i++) {
    const k = x.length - 1 - i;
    x[k] = (x[k] ?? 0) * fadeInWeight(i, fout);
  }
}
