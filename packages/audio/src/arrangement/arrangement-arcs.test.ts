import { composeSong, type Score, type SectionKind } from '@songloom/music';
import { describe, expect, it } from 'vitest';
import { energyAbove, loudnessBetween, passageSimilarity, quantile, stereoCorrelation, windowLoudness } from '../analysis/song-measures.ts';
import { renderBussed, sectionTimes, shortSong, styleBrief } from './render-song.test-support.ts';

/** Mean loudness (power average) of the sections of a kind. */
function kindLoudness(audio: Awaited<ReturnType<typeof renderBussed>>, score: Score, kind: SectionKind): number {
  const powers = sectionTimes(score).filter((s) => s.kind === kind).map((s) => 10 ** (loudnessBetween(audio, s.from, s.to) / 10));
  return 10 * Math.log10(powers.reduce((a, b) => a + b, 0) / powers.length);
}

/** The parts sounding in a section (with at least one note starting there). */
function partsIn(score: Score, index: number): string[] {
  const section = score.sections[index]!;
  const end = section.startBeat + section.bars * score.beatsPerBar;
  return score.parts.filter((p) => p.notes.some((n) => n.startBeat >= section.startBeat - 0.1 && n.startBeat < end - 0.1)).map((p) => p.id).sort();
}

const SONG: ReadonlyArray<readonly [SectionKind, number]> = [['intro', 2], ['verse', 4], ['chorus', 4], ['verse', 4], ['chorus', 4], ['outro', 2]];

describe('arrangement arcs, measured on rendered audio', () => {
  for (const style of ['upbeat pop', 'hard rock', 'edm house', 'heavy metal', 'boom bap hip hop']) {
    it(`${style}: the chorus is >= 3 dB louder than the verse, sounds different, the second chorus is no copy`, async () => {
      const score = shortSong(styleBrief(style), SONG);
      const audio = await renderBussed(score);
      expect(kindLoudness(audio, score, 'chorus') - kindLoudness(audio, score, 'verse')).toBeGreaterThanOrEqual(3);
      // Verse and chorus differ in instrumentation or groove (another part set or other drum hits).
      const drumBar = (index: number): string => {
        const s = score.sections[index]!;
        return score.parts.filter((p) => p.isDrums).flatMap((p) => p.notes.filter((n) => n.startBeat >= s.startBeat + score.beatsPerBar && n.startBeat < s.startBeat + 2 * score.beatsPerBar).map((n) => `${n.pitch}@${Math.round((n.startBeat - s.startBeat) * 4)}`)).sort().join();
      };
      expect(partsIn(score, 1).join() !== partsIn(score, 2).join() || drumBar(1) !== drumBar(2)).toBe(true);
      const [first, second] = sectionTimes(score).filter((s) => s.kind === 'chorus');
      expect(passageSimilarity(audio, first!.from, second!.from, first!.to - first!.from)).toBeLessThan(0.95);
    });
  }

  it('a planned 100 s pop song: over 4 s windows its body spans >= 4 dB from the 10th to the 90th percentile', async () => {
    const score = composeSong(styleBrief('pop', 100), 3);
    const audio = await renderBussed(score);
    const times = sectionTimes(score);
    const body = windowLoudness(audio, times[0]!.to, times[times.length - 1]!.from);
    expect(quantile(body, 0.9) - quantile(body, 0.1)).toBeGreaterThanOrEqual(4);
  });

  it('EDM: the drop is >= 6 dB over the build (no kick or bass in the build, a riser into the drop)', async () => {
    const score = shortSong(styleBrief('edm festival house'), [['intro', 2], ['verse', 4], ['pre-chorus', 4], ['chorus', 4], ['outro', 2]]);
    const audio = await renderBussed(score);
    expect(kindLoudness(audio, score, 'chorus') - kindLoudness(audio, score, 'pre-chorus')).toBeGreaterThanOrEqual(6);
    expect(partsIn(score, 2)).not.toContain('bass');
    expect(score.parts.find((p) => p.id === 'riser')?.notes.length).toBe(1);
  });

  it('metal: the breakdown is heavy (half-time chugs, louder than the verse), guitars double-tracked hard left and right, mix correlation 0.3-0.85', async () => {
    const score = shortSong(styleBrief('heavy metal'), [['verse', 4], ['chorus', 4], ['breakdown', 4], ['chorus', 4]]);
    const audio = await renderBussed(score);
    expect(kindLoudness(audio, score, 'breakdown')).toBeGreaterThan(kindLoudness(audio, score, 'verse') + 1);
    const snareBeats = score.parts.find((p) => p.id === 'drums')!.notes.filter((n) => n.pitch === 38 && n.startBeat >= 32 && n.startBeat < 48).map((n) => Math.round(n.startBeat) % 4);
    expect(new Set(snareBeats)).toEqual(new Set([2])); // the backbeat on 3 only: half time
    const guitars = score.parts.filter((p) => p.role === 'chords');
    expect(guitars.map((p) => p.pan).sort((a, b) => a - b)).toEqual([2, 126]);
    expect(score.parts.find((p) => p.id === 'bass')!.pan).toBe(64);
    expect(score.parts.find((p) => p.id === 'drums')!.pan).toBe(64);
    const correlation = stereoCorrelation(audio);
    expect(correlation).toBeGreaterThan(0.3);
    expect(correlation).toBeLessThan(0.85);
  });

  it('trailer music rises >= 10 dB to its climax and keeps >= 1 % of its energy above 4 kHz; pop sits at L/R correlation 0.3-0.85', async () => {
    const score = shortSong(styleBrief('epic orchestral trailer music'), [['intro', 4], ['verse', 4], ['chorus', 4], ['bridge', 4], ['chorus', 4], ['outro', 2]]);
    const audio = await renderBussed(score);
    const times = sectionTimes(score);
    const climax = times[4]!;
    const build = windowLoudness(audio, 0, climax.from, 2);
    expect(loudnessBetween(audio, climax.from, climax.to) - Math.min(...build)).toBeGreaterThanOrEqual(10);
    expect(energyAbove(audio, 4000)).toBeGreaterThanOrEqual(0.01);
    const pop = await renderBussed(shortSong(styleBrief('upbeat pop'), SONG));
    expect(stereoCorrelation(pop)).toBeGreaterThan(0.3);
    expect(stereoCorrelation(pop)).toBeLessThan(0.85);
  });
});
