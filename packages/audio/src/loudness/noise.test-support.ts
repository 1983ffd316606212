/** Deterministic uniform values in [-1, 1) for tests (a tiny LCG: tests must not use Math.random). */
export function noise(length: number, seed: number): Float32Array {
  const out = new Float32Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    out[i] = state / 2 ** 31 - 1;
  }
  return out;
}
