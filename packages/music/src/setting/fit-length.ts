import type { SettingSection } from './lyric-form.ts';

const MIN_INSTRUMENTAL_BARS = 2;

const totalBars = (sections: readonly SettingSection[]): number => sections.reduce((sum, s) => sum + s.form.bars, 0);

function shortenInstrumentals(sections: SettingSection[], maxBars: number): void {
  while (totalBars(sections) > maxBars) {
    const longest = sections
      .filter((s) => s.lines.length === 0 && s.form.bars > MIN_INSTRUMENTAL_BARS)
      .reduce<SettingSection | undefined>((best, s) => (best === undefined || s.form.bars > best.form.bars ? s : best), undefined);
    if (longest === undefined) return;
    longest.form = { ...longest.form, bars: Math.max(MIN_INSTRUMENTAL_BARS, longest.form.bars - 2) };
  }
}

function cutSection(section: SettingSection, maxBars: number): SettingSection {
  const lines = section.lines.filter((line) => line.startBar + line.bars <= maxBars);
  return { ...section, form: { ...section.form, bars: maxBars }, lines };
}

/**
 * Makes a vocal song's form fit `maxBars`: first shortens instrumental sections (longest first,
 * down to two bars), then drops sections from the end; a lone section left too long is cut to
 * `maxBars` and keeps only the lines that fit. Words of dropped sections and lines are not sung.
 */
export function fitToLength(sections: readonly SettingSection[], maxBars: number): SettingSection[] {
  const fitted = sections.map((s) => ({ ...s, form: { ...s.form } }));
  if (totalBars(fitted) <= maxBars) return fitted;
  shortenInstrumentals(fitted, maxBars);
  while (totalBars(fitted) > maxBars && fitted.length > 1) fitted.pop();
  const only = fitted[0];
  if (only !== undefined && only.form.bars > maxBars) fitted[0] = cutSection(only, Math.max(1, maxBars));
  return fitted;
}
