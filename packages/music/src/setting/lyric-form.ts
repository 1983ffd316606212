import type { Brief } from '../brief/brief.ts';
import type { FormSection } from '../compose/form/form-section.ts';
import { barSeconds, beatsPerBar } from '../compose/timing.ts';
import type { LyricSection, LyricSheet } from '../lyrics/types.ts';
import { layoutSection, type LineLayout } from './section-layout.ts';

/** One section of a vocal song: its place in the form and, when sung, its lines laid out in bars. */
export interface SettingSection {
  form: FormSection;
  /** The lyric section it sets; undefined for an intro or outro added around the lyrics. */
  source: LyricSection | undefined;
  /** Sung lines in order (empty for an instrumental section). */
  lines: LineLayout[];
}

/** Timing facts the form needs. */
export interface FormTiming {
  beatsPerBar: number;
  secondsPerBar: number;
}

const SUNG_EDGE_BARS = 2;

/** Bars of an intro or outro added around the lyrics: four, or two when four would last over ten seconds. */
export function edgeBars(secondsPerBar: number): number {
  return 4 * secondsPerBar <= 10 ? 4 : 2;
}

/** Bars of a section under which nothing is sung: 4 for a break, intro or outro, 8 for a solo or an instrumental (4 when 8 would pass 20 s). */
export function instrumentalBars(section: LyricSection, secondsPerBar: number): number {
  const short = section.kind === 'intro' || section.kind === 'outro' || section.kind === 'breakdown' || /\bbreak\b/i.test(section.label);
  if (short) return 4;
  return 8 * secondsPerBar <= 20 ? 8 : 4;
}

function settingOf(section: LyricSection, index: number, count: number, timing: FormTiming): SettingSection {
  const form = { kind: section.kind, label: section.label };
  if (section.instrumental || section.lines.length === 0) {
    return { form: { ...form, bars: instrumentalBars(section, timing.secondsPerBar) }, source: section, lines: [] };
  }
  const padding = {
    leadInBars: index === 0 && section.kind === 'intro' ? SUNG_EDGE_BARS : 0,
    tailBars: index === count - 1 && section.kind === 'outro' ? SUNG_EDGE_BARS : 0,
  };
  const layout = layoutSection(section.lines, timing.beatsPerBar, padding);
  if (layout.lines.length === 0) return { form: { ...form, bars: instrumentalBars(section, timing.secondsPerBar) }, source: section, lines: [] };
  return { form: { ...form, bars: layout.bars }, source: section, lines: layout.lines };
}

/**
 * The form a lyric sheet asks for: one section per lyric section, in order, sized to its lines
 * (see `layoutSection`); instrumental sections 4–8 bars. A song that starts singing gets a short
 * intro first (a sung [Intro] instead gets two bars of lead-in), one that ends singing a short
 * outro (a sung [Outro] two bars of tail). Not yet fitted to `maxSeconds` (see `fitToLength`).
 */
export function planLyricForm(sheet: LyricSheet, timing: FormTiming): SettingSection[] {
  const sections = sheet.sections.map((section, i) => settingOf(section, i, sheet.sections.length, timing));
  const first = sections[0];
  const last = sections[sections.length - 1];
  const edge = edgeBars(timing.secondsPerBar);
  if (first && first.lines.length > 0 && first.form.kind !== 'intro') {
    sections.unshift({ form: { kind: 'intro', label: 'Intro', bars: edge }, source: undefined, lines: [] });
  }
  if (last && last.lines.length > 0 && last.form.kind !== 'outro') {
    sections.push({ form: { kind: 'outro', label: 'Outro', bars: edge }, source: undefined, lines: [] });
  }
  return sections;
}

/** Seconds per bar and beats per bar of a brief. */
export function formTiming(brief: Pick<Brief, 'tempo' | 'timeSignature'>): FormTiming {
  return { beatsPerBar: beatsPerBar(brief), secondsPerBar: barSeconds(brief) };
}
