import type { SectionKind } from '../score.ts';
import type { SettingSection } from './lyric-form.ts';

const MIN_INSTRUMENTAL_BARS = 2;
/** Longest intro, break or outro a padded song gets; solos may run to twice this. */
const MAX_PAD_BARS = 8;

const totalBars = (sections: readonly SettingSection[]): number => sections.reduce((sum, s) => sum + s.form.bars, 0);
const instrumental = (kind: SectionKind, label: string): SettingSection => ({ form: { kind, label, bars: 0 }, source: undefined, lines: [] });
const isChorus = (s: SettingSection): boolean => s.form.kind === 'chorus' && s.lines.length > 0;

function grow(section: SettingSection | undefined, limit: number, wanted: number): number {
  if (section === undefined || wanted <= 0) return 0;
  const add = Math.max(0, Math.min(wanted, limit - section.form.bars));
  section.form = { ...section.form, bars: section.form.bars + add };
  return add;
}

/** Where an added section goes: after the first chorus (a break) or before the last one (a solo). */
function insertAt(sections: SettingSection[], index: number, section: SettingSection): SettingSection {
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, section);
  return section;
}

/**
 * Adds bars until the song is `bars` long, in the order a producer pads a song: a longer intro,
 * an instrumental break after the first chorus (before a lone one), a solo before the last chorus, the last chorus
 * sung once more (only when `repeatChorus`: the caller asked for this length), a longer outro; then
 * the solo and break grow further and the chorus repeats again, until the length is reached.
 * Without `repeatChorus` the padding stops when the instrumental sections reach their longest.
 */
function pad(sections: SettingSection[], bars: number, soloLabel: string, repeatChorus: boolean): void {
  const missing = (): number => bars - totalBars(sections);
  const intro = sections[0]?.form.kind === 'intro' && sections[0].lines.length === 0 ? sections[0] : undefined;
  grow(intro, MAX_PAD_BARS, missing());
  const firstChorus = sections.findIndex(isChorus);
  const lastChorus = sections.length - 1 - [...sections].reverse().findIndex(isChorus);
  // The lyrics' own breaks and solos grow before new ones are added.
  const own = sections.filter((x) => x.lines.length === 0 && x.form.kind !== 'intro' && x.form.kind !== 'outro');
  for (const section of own) grow(section, section.form.kind === 'solo' ? 2 * MAX_PAD_BARS : MAX_PAD_BARS, missing());
  let brk: SettingSection | undefined = own.find((x) => x.form.kind !== 'solo');
  if (brk === undefined && missing() >= MIN_INSTRUMENTAL_BARS && firstChorus >= 0) {
    // After the first chorus; before a lone chorus, whose solo then follows it.
    brk = insertAt(sections, firstChorus < lastChorus ? firstChorus + 1 : firstChorus, instrumental('instrumental', 'Instrumental'));
    grow(brk, MAX_PAD_BARS, missing());
  }
  let solo: SettingSection | undefined = own.find((x) => x.form.kind === 'solo');
  const lastIndex = sections.length - 1 - [...sections].reverse().findIndex(isChorus);
  if (solo === undefined && missing() >= MIN_INSTRUMENTAL_BARS && firstChorus >= 0) {
    // Before the last chorus when there are two; after a lone chorus, which then comes back.
    solo = insertAt(sections, lastIndex > firstChorus ? lastIndex : lastIndex + 1, instrumental('solo', soloLabel));
    grow(solo, MAX_PAD_BARS, missing());
  }
  const outro = sections[sections.length - 1]?.form.kind === 'outro' && sections[sections.length - 1]?.lines.length === 0 ? sections[sections.length - 1] : undefined;
  for (let guard = 0; missing() > 0 && guard < 64; guard++) {
    const chorus = [...sections].reverse().find(isChorus);
    if (repeatChorus && chorus !== undefined && missing() >= chorus.form.bars) {
      const at = sections.lastIndexOf(chorus) + 1;
      sections.splice(at, 0, { ...chorus, form: { ...chorus.form } });
      continue;
    }
    if (grow(outro, MAX_PAD_BARS, missing()) > 0) continue;
    if (grow(solo, 2 * MAX_PAD_BARS, missing()) > 0) continue;
    if (grow(brk, 2 * MAX_PAD_BARS, missing()) > 0) continue;
    if (repeatChorus && grow(outro ?? intro ?? sections[sections.length - 1], Infinity, missing()) > 0) continue;
    break;
  }
}

function shortenInstrumentals(sections: SettingSection[], maxBars: number, floor: number): void {
  while (totalBars(sections) > maxBars) {
    const longest = sections
      .filter((s) => s.lines.length === 0 && s.form.bars > floor)
      .reduce<SettingSection | undefined>((best, s) => (best === undefined || s.form.bars > best.form.bars ? s : best), undefined);
    if (longest === undefined) return;
    longest.form = { ...longest.form, bars: Math.max(floor, longest.form.bars - 2) };
  }
}

/** Sections a shorter song can lose first: the bridge, choruses beyond two, then later verses with their pre-chorus. */
function dropOrder(sections: readonly SettingSection[]): SettingSection[] {
  const sung = sections.filter((s) => s.lines.length > 0);
  const bridges = sung.filter((s) => s.form.kind === 'bridge' || s.form.kind === 'breakdown');
  const choruses = sung.filter(isChorus);
  const extraChoruses = choruses.slice(1, -1).reverse();
  const verses = sung.filter((s) => s.form.kind === 'verse').slice(1).reverse();
  const pres = sung.filter((s) => s.form.kind === 'pre-chorus').slice(1).reverse();
  const rest = sections.filter((s) => s.lines.length === 0 && s.form.kind !== 'intro' && s.form.kind !== 'outro');
  return [...rest, ...bridges, ...extraChoruses, ...pres, ...verses];
}

/**
 * A section cut to `maxBars`: the lines that fit. With `mustSing` (no other section is sung) and
 * none fitting, its first line from the section's start, sung until the song ends, so a very short
 * song still sings (the words past the end are dropped with their notes).
 */
function cutSection(section: SettingSection, maxBars: number, mustSing: boolean): SettingSection {
  const lines = section.lines.filter((line) => line.startBar + line.bars <= maxBars);
  const first = section.lines[0];
  if (mustSing && lines.length === 0 && first !== undefined) {
    lines.push({ ...first, startBar: 0 });
  }
  return { ...section, form: { ...section.form, bars: maxBars }, lines };
}

function shorten(sections: SettingSection[], bars: number): void {
  shortenInstrumentals(sections, bars, MIN_INSTRUMENTAL_BARS);
  for (const section of dropOrder(sections)) {
    if (totalBars(sections) <= bars) break;
    sections.splice(sections.indexOf(section), 1);
  }
  shortenInstrumentals(sections, bars, 1);
  while (totalBars(sections) > bars && sections.length > 1) {
    const last = sections[sections.length - 1] as SettingSection;
    const over = totalBars(sections) - bars;
    if (last.form.bars > over) {
      sections[sections.length - 1] = cutSection(last, last.form.bars - over, sections.every((s) => s === last || s.lines.length === 0));
      break;
    }
    sections.pop();
  }
  const only = sections[0];
  if (only !== undefined && only.form.bars > bars) sections[0] = cutSection(only, Math.max(1, bars), true);
}

/** How long a vocal song should be, in bars. */
export interface LengthGoal {
  /** Bars the song is fitted to when `exact`, else the least it may last. */
  bars: number;
  /** Never more than this. */
  maxBars: number;
  /** True when the caller asked for this length (`duration`): the song is padded or shortened to it. */
  exact: boolean;
  /** Label of an added solo ("Guitar Solo"...). */
  soloLabel?: string;
}

/**
 * Fits a vocal song's form to a length. Too short: padded with a longer intro, an instrumental
 * break, a solo, the last chorus again and a longer outro, in that order (without an exact length
 * only instrumentally, so the caller's words are each sung once). Too long (an exact
 * length, or more than `maxBars`): instrumental sections shortened, then the bridge, extra
 * choruses and later verses dropped, then the end cut. Without an exact length a song whose lyrics
 * run longer than `bars` keeps them, up to `maxBars`.
 */
export function fitToDuration(sections: readonly SettingSection[], goal: LengthGoal): SettingSection[] {
  const fitted = sections.map((s) => ({ ...s, form: { ...s.form } }));
  if (fitted.length === 0) return fitted;
  const wanted = Math.min(goal.bars, goal.maxBars);
  if (totalBars(fitted) < wanted) pad(fitted, wanted, goal.soloLabel ?? 'Solo', goal.exact);
  const ceiling = goal.exact ? wanted : goal.maxBars;
  if (totalBars(fitted) > ceiling) shorten(fitted, ceiling);
  if (goal.exact && totalBars(fitted) < wanted) pad(fitted, wanted, goal.soloLabel ?? 'Solo', true);
  return fitted;
}

/** Makes a vocal song's form fit `maxBars` (no padding): {@link fitToDuration} with only a ceiling. */
export function fitToLength(sections: readonly SettingSection[], maxBars: number): SettingSection[] {
  return fitToDuration(sections, { bars: 0, maxBars, exact: false });
}
