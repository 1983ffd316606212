/** A stretch of samples, `start` inclusive, `end` exclusive. */
export interface SampleSpan {
  start: number;
  end: number;
}

/**
 * The stretches of `x` with sound in them, each running on for `tailFrames` after its last
 * non-zero sample (clipped to the signal). Stretches whose silent gap is shorter than the tail
 * are one stretch, so spans never overlap and a causal effect with a tail shorter than
 * `tailFrames` can process each span alone.
 */
export function soundingSpans(x: Float32Array, tailFrames: number): SampleSpan[] {
  const spans: SampleSpan[] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    if (start < 0) start = i;
    else if (i - last > tailFrames) {
      spans.push({ start, end: last + 1 + tailFrames });
      start = i;
    }
    last = i;
  }
  if (start >= 0) spans.push({ start, end: Math.min(x.length, last + 1 + tailFrames) });
  return spans;
}
