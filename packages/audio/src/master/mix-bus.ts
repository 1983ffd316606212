import { highPassFilter, type Biquad } from '../loudness/biquad.ts';
import type { StereoAudio } from '../stereo-audio.ts';

/** Sub-sonic cut of the mix bus: below the lowest GM bass notes, above DC and rumble. */
const HIGH_PASS_HZ = 28;

/**
 * The light mix bus applied before gain and limiting: a 12 dB/octave high-pass at 28 Hz that removes
 * DC and inaudible sub-bass that would waste limiter headroom. Deliberately nothing more: the
 * SoundFont mix is already balanced by CC7 and the limiter handles peaks. Stateful, chunk in / chunk out.
 */
export class MixBus {
  private readonly filter: Biquad;
  /** Transposed direct form II state, left then right. */
  private readonly state = new Float64Array(4);

  constructor(sampleRate: number) {
    this.filter = highPassFilter(sampleRate, HIGH_PASS_HZ);
  }

  /** Returns the processed chunk (a new buffer; the input is not modified). */
  process(chunk: StereoAudio): StereoAudio {
    const { left, right } = chunk;
    const outLeft = new Float32Array(left.length);
    const outRight = new Float32Array(right.length);
    const { b0, b1, b2, a1, a2 } = this.filter;
    const state = this.state;
    let l1 = state[0]!, l2 = state[1]!, r1 = state[2]!, r2 = state[3]!;
    // Both channels in one loop: two independent recursions keep the FPU busy.
    for (let i = 0; i < left.length; i++) {
      const xl = left[i]!;
      const xr = right[i]!;
      const yl = b0 * xl + l1;
      const yr = b0 * xr + r1;
      l1 = b1 * xl - a1 * yl + l2;
      r1 = b1 * xr - a1 * yr + r2;
      l2 = b2 * xl - a2 * yl;
      r2 = b2 * xr - a2 * yr;
      outLeft[i] = yl;
      outRight[i] = yr;
    }
    state.set([l1, l2, r1, r2]);
    return { sampleRate: chunk.sampleRate, left: outLeft, right: outRight };
  }
}
