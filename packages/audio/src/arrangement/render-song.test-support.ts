import { composeSong, interpretRequest, labelSections, type Brief, type Score, type SectionKind } from '@songloom/music';
import { MixBus } from '../master/mix-bus.ts';
import { renderScore } from '../render/render-score.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import { sharedSoundBank } from '../testing/shared-bank.test-support.ts';

/** A brief read from a style text, instrumental (test helper). */
export function styleBrief(style: string, seconds = 60): Brief {
  return interpretRequest({ customMode: true, instrumental: true, model: 'V5', style, title: 'Test', durationSeconds: seconds, maxSeconds: 480 });
}

/** A score with a dictated short form (kind, bars), so a test renders a real but short song. */
export function shortSong(brief: Brief, form: ReadonlyArray<readonly [SectionKind, number]>, seed = 7): Score {
  return composeSong(brief, seed, { form: labelSections(form) });
}

/** Renders a score through the master's mix bus, as the pipeline hears it before gain and limiting. */
export async function renderBussed(score: Score): Promise<StereoAudio> {
  return new MixBus(44_100).process(await renderScore(score, sharedSoundBank()));
}

/** Start and end (seconds) of each section of a score. */
export function sectionTimes(score: Score): Array<{ kind: SectionKind; from: number; to: number }> {
  const secondsPerBeat = 60 / score.tempo;
  return score.sections.map((s) => ({ kind: s.kind, from: s.startBeat * secondsPerBeat, to: (s.startBeat + s.bars * score.beatsPerBar) * secondsPerBeat }));
}
