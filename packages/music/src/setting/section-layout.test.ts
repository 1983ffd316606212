import type { SectionKind } from '../score.ts';
import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../lyrics/parse-lyrics.ts';
import type { LyricLine } from '../lyrics/types.ts';
import type { SettingSection } from './lyric-form.ts';
import { fitToLength } from './fit-length.ts';
import { layoutSection } from './section-layout.ts';
import { weaveEchoes } from './sung-line.ts';

const linesOf = (text: string): LyricLine[] => parseLyrics(text).sections.flatMap((s) => s.lines);
const none = { leadInBars: 0, tailBars: 0 };

describe('layoutSection', () => {
  it('gives each line the bars it needs, in order, back to back', () => {
    const layout = layoutSection(linesOf('I saw you standing in the rain\nYour eyes were calling out my name\nThe city lights are fading fast\nI know this feeling will not last'), 4, none);
    expect(layout.lines.map((l) => [l.startBar, l.bars])).toEqual([[0, 2], [2, 2], [4, 2], [6, 2]]);
    expect(layout.bars).toBe(8);
  });

  it('rounds a short section up to four bars, a line at most doubling, the rest left as rest', () => {
    const layout = layoutSection(linesOf('Fire in the rain'), 4, none);
    expect(layout.bars).toBe(4);
    expect(layout.lines.map((l) => l.bars)).toEqual([2]);
  });

  it('adds a bar before a stanza that would start on an odd bar, and pads', () => {
    const long = 'And every single night I wonder where you are tonight my love';
    const together = layoutSection(linesOf(`${long}\nCome home`), 4, none);
    const apart = layoutSection(linesOf(`${long}\n\nCome home`), 4, { leadInBars: 2, tailBars: 2 });
    expect(together.lines.map((l) => l.bars)).toEqual([3, 1]);
    expect(apart.lines.map((l) => [l.startBar, l.bars])).toEqual([[2, 4], [6, 2]]);
    expect(apart.bars).toBe(10);
  });
});

describe('weaveEchoes', () => {
  it('puts each echo after the lead word it follows and marks it as backing', () => {
    const [line] = linesOf('I am falling (ooh) down tonight (tonight)');
    const sung = line && weaveEchoes(line);
    expect(sung?.line.words.map((w) => w.text)).toEqual(['I', 'am', 'falling', 'ooh', 'down', 'tonight', 'tonight']);
    expect(sung?.backing).toEqual([false, false, false, true, false, false, true]);
  });
});

const section = (label: string, bars: number, sung: boolean): SettingSection => ({
  form: { kind: label.toLowerCase() as SectionKind, label, bars },
  source: undefined,
  lines: sung ? [{ sung: weaveEchoes(linesOf('I walk the line')[0] as LyricLine), startBar: 0, bars: 2 }, { sung: weaveEchoes(linesOf('Under the light')[0] as LyricLine), startBar: 4, bars: 2 }] : [],
});
const song = (): SettingSection[] => [section('Intro', 4, false), section('Verse', 8, true), section('Solo', 8, false), section('Chorus', 8, true), section('Outro', 4, false)];
const shape = (sections: SettingSection[]): string[] => sections.map((s) => `${s.form.label}:${s.form.bars}`);

describe('fitToLength', () => {
  it('leaves a form that fits alone', () => {
    expect(shape(fitToLength(song(), 32))).toEqual(['Intro:4', 'Verse:8', 'Solo:8', 'Chorus:8', 'Outro:4']);
  });

  it('shortens instrumental sections first, longest first', () => {
    expect(shape(fitToLength(song(), 26))).toEqual(['Intro:2', 'Verse:8', 'Solo:4', 'Chorus:8', 'Outro:4']);
  });

  it('then drops a solo before any sung section, and trims the intro and outro to a bar', () => {
    expect(shape(fitToLength(song(), 18))).toEqual(['Intro:1', 'Verse:8', 'Chorus:8', 'Outro:1']);
  });

  it('cuts a lone section to the limit, keeping the lines that fit', () => {
    const [only] = fitToLength([section('Verse', 8, true)], 5);
    expect(only?.form.bars).toBe(5);
    expect(only?.lines).toHaveLength(1);
  });
});
