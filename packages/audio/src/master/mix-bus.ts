import { highPassFilter, type Biquad } from '../loudness/biquad.ts';
import type { StereoAudio } from '../stereo-audio.ts';

/** Sub-sonic cut of the mix bus: below the lowest GM bass notes, above DC and rumble. */
const HIGH_PASS_HZ = 28;
/**
 * Side gain of the bus's mid/side width stage (+4.1 dB): the SoundFont's panned parts come out
 * narrower than a produced mix (L/R correlation 0.9 and more); centred kick, bass and voice stay put.
 */
export const SIDE_GAIN = 1.6;

/**
 * The light mix bus applied before gain and limiting: a 12 dB/octave high-pass at 28 Hz that removes
 * DC and inaudible sub-bass that would waste limiter headroom, and a mid/side width stage (side
 * x {@link SIDE_GAIN}). Both are linear, so stems bussed one by one still add up to the bussed mix.
 * Stateful, chunk in / chunk out.
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
      const mid = 0.5 * (yl + yr);
      const side = 0.5 * SIDE_GAIN * (yl - yr);
      outLeft[i] = mid + side;
      outRight[i] = mid - side;
    }
    state.set([l1, l2, r1, r2]);
    return { sampleRate: chunk.sampleRate, left: outLeft, right: outRight };
  }
}
