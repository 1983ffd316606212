import { BiquadState, highPassFilter } from '../loudness/biquad.ts';
import type { StereoAudio } from '../stereo-audio.ts';

/** Sub-sonic cut of the mix bus: below the lowest GM bass notes, above DC and rumble. */
const HIGH_PASS_HZ = 28;

/**
 * The light mix bus applied before gain and limiting: a 12 dB/octave high-pass at 28 Hz that removes
 * DC and inaudible sub-bass that would waste limiter headroom. Deliberately nothing more: the
 * SoundFont mix is already balanced by CC7 and the limiter handles peaks. Stateful, chunk in / chunk out.
 */
export class MixBus {
  private readonly left: BiquadState;
  private readonly right: BiquadState;

  constructor(sampleRate: number) {
    this.left = new BiquadState(highPassFilter(sampleRate, HIGH_PASS_HZ));
    this.right = new BiquadState(highPassFilter(sampleRate, HIGH_PASS_HZ));
  }

  /** Returns the processed chunk (a new buffer; the input is not modified). */
  process(chunk: StereoAudio): StereoAudio {
    const out = { sampleRate: chunk.sampleRate, left: new Float32Array(chunk.left.length), right: new Float32Array(chunk.right.length) };
    this.left.process(chunk.left, out.left);
    this.right.process(chunk.right, out.right);
    return out;
  }
}
