import type { Score } from '@songloom/music';
import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { excerptScore } from '../render/excerpt-score.ts';
import { renderScore } from '../render/render-score.ts';
import type { SoundBank } from '../render/sound-bank.ts';
import { MixBus } from './mix-bus.ts';

/** Options of {@link estimateProvisionalGainDb}. */
export interface ProvisionalGainOptions {
  partIds?: readonly string[] | undefined;
  targetLufs?: number;
  /** Seconds of the loudest section rendered for the estimate; default 6. */
  probeSeconds?: number;
  sampleRate?: number;
}

/**
 * A whole song's integrated loudness sits a little under that of its most energetic section,
 * because the gate keeps quieter sections too. Measured on arranged scores, about 1 LU.
 */
const SONG_BELOW_PEAK_SECTION_LU = 1;

/**
 * Gain (dB) for the live stream, decided before the stream starts. It renders a short excerpt from
 * the start of the score's most energetic section (by `energy`; the start of the song if there are
 * no sections), measures its loudness after the mix bus, and aims the song at the target from it.
 * Why not the first rendered seconds: intros are usually the quietest part, so a gain fixed from
 * them over-drives the chorus into the limiter. Cost: about `probeSeconds / 30` s on one core.
 * The final files are re-mastered from the full render; this only has to be close (a few LU).
 */
export async function estimateProvisionalGainDb(score: Score, bank: SoundBank, options: ProvisionalGainOptions = {}): Promise<number> {
  const target = options.targetLufs ?? -14;
  const probeSeconds = options.probeSeconds ?? 6;
  const loudest = [...score.sections].sort((a, b) => b.energy - a.energy || a.startBeat - b.startBeat)[0];
  const probeBeats = (probeSeconds * score.tempo) / 60;
  const startBeat = Math.max(0, Math.min(loudest?.startBeat ?? 0, score.totalBeats - probeBeats));
  const excerpt = excerptScore(score, startBeat, probeBeats);
  const audio = await renderScore(excerpt, bank, { partIds: options.partIds, sampleRate: options.sampleRate });
  const loudness = integratedLoudness(new MixBus(audio.sampleRate).process(audio));
  if (!Number.isFinite(loudness)) return 0;
  return target - (loudness - SONG_BELOW_PEAK_SECTION_LU);
}
