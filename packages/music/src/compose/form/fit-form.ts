import type { FormStep, GenreProfile } from '../../brief/genre-profile.ts';
import type { Rng } from '../../rng.ts';
import type { SectionKind } from '../../score.ts';

type Step = [SectionKind, number];

const REMOVABLE: readonly SectionKind[] = ['solo', 'instrumental', 'breakdown', 'post-chorus', 'bridge', 'pre-chorus'];
const total = (steps: readonly Step[]): number => steps.reduce((sum, [, bars]) => sum + bars, 0);
const lastIndexOf = (steps: readonly Step[], kind: SectionKind): number => steps.map(([k]) => k).lastIndexOf(kind);

function shrinkEdges(steps: Step[], bars: number, floor: number): void {
  for (const step of steps) {
    if (total(steps) <= bars) return;
    if (step[0] === 'intro' || step[0] === 'outro') step[1] -= Math.max(0, Math.min(total(steps) - bars, step[1] - floor));
  }
}

function shrinkLongest(steps: Step[], bars: number, floor: number): void {
  while (total(steps) > bars) {
    const longest = steps.reduce<Step | null>((best, step) => (step[1] > floor && (!best || step[1] > best[1]) ? step : best), null);
    if (!longest) return;
    longest[1] -= Math.min(longest[1] - floor, 4);
  }
}

function dropVersePairs(steps: Step[], bars: number): void {
  while (total(steps) > bars && steps.filter(([k]) => k === 'verse').length > 1) {
    const verse = lastIndexOf(steps, 'verse');
    const chorusAfter = steps.findIndex(([k], i) => i > verse && k === 'chorus');
    if (chorusAfter > verse && steps.filter(([k]) => k === 'chorus').length > 1) steps.splice(chorusAfter, 1);
    steps.splice(verse, 1);
  }
}

/** Shortens a form to at most `bars`, giving up the least essential material first. */
function shrink(steps: Step[], bars: number, keepBuilds: boolean): void {
  for (const kind of REMOVABLE) {
    if (keepBuilds && kind === 'pre-chorus') continue;
    while (total(steps) > bars && lastIndexOf(steps, kind) >= 0) steps.splice(lastIndexOf(steps, kind), 1);
  }
  shrinkEdges(steps, bars, 2);
  shrinkLongest(steps, bars, 8);
  dropVersePairs(steps, bars);
  shrinkLongest(steps, bars, 4);
  shrinkEdges(steps, bars, 1);
}

function insertAt(steps: readonly Step[], block: readonly FormStep[]): number {
  const first = block[0]?.[0];
  const lastChorus = lastIndexOf(steps, 'chorus');
  if (lastChorus < 0) return steps.length;
  if (first === 'chorus' || first === 'post-chorus') return lastChorus + 1;
  const bridge = lastIndexOf(steps, 'bridge');
  return first === 'verse' && bridge > steps.findIndex(([k]) => k === 'chorus') ? bridge : lastChorus;
}

function extend(steps: Step[], bars: number, blocks: readonly (readonly FormStep[])[], rng: Rng): void {
  let turn = blocks.length > 0 ? rng.int(0, blocks.length - 1) : 0;
  const usedSingles = new Set<readonly FormStep[]>();
  for (let guard = 0; guard < 200; guard++) {
    const room = bars - total(steps);
    const order = blocks.map((_, i) => blocks[(turn + i) % blocks.length] ?? []);
    // A lone chorus or post-chorus is added once (a double chorus), longer blocks as often as needed.
    const fitting = order.find((block) => block.length > 0 && !usedSingles.has(block) && block.reduce((sum, [, b]) => sum + b, 0) <= room);
    if (!fitting) return;
    if (fitting.length === 1 && (fitting[0]?.[0] === 'chorus' || fitting[0]?.[0] === 'post-chorus')) usedSingles.add(fitting);
    const at = insertAt(steps, fitting);
    const before = steps[at - 1];
    const single = fitting.length === 1 ? fitting[0] : undefined;
    if (single && before && before[0] === single[0] && single[0] !== 'chorus') before[1] += single[1];
    else steps.splice(at, 0, ...fitting.map(([k, b]) => [k, b] as Step));
    turn++;
  }
}

function absorbRemainder(steps: Step[], bars: number): void {
  const outro = steps.find(([k]) => k === 'outro');
  const intro = steps.find(([k]) => k === 'intro');
  for (const edge of [outro, intro]) {
    if (edge) edge[1] += Math.max(0, Math.min(bars - total(steps), 8 - edge[1]));
  }
  const left = bars - total(steps);
  const host = steps[lastIndexOf(steps, 'instrumental')] ?? steps[lastIndexOf(steps, 'solo')] ?? steps[lastIndexOf(steps, 'chorus')] ?? steps[steps.length - 1];
  if (left > 0 && host) host[1] += left;
}

/**
 * The template as another take plays it: without the pre-choruses (or, where the genre has none or
 * needs them as EDM builds, with a breakdown before the last chorus), and a shorter or longer intro.
 */
function takeVariant(steps: Step[], keepBuilds: boolean): Step[] {
  const hasPreChorus = !keepBuilds && steps.some(([k]) => k === 'pre-chorus');
  const varied: Step[] = hasPreChorus ? steps.filter(([k]) => k !== 'pre-chorus') : [...steps];
  const lastChorus = lastIndexOf(varied, 'chorus');
  if (!hasPreChorus && lastChorus > 0 && !varied.some(([k]) => k === 'breakdown')) varied.splice(lastChorus, 0, ['breakdown', 4]);
  const intro = varied.find(([k]) => k === 'intro');
  if (intro) intro[1] = intro[1] >= 4 ? intro[1] / 2 : intro[1] * 2;
  return varied;
}

/**
 * Fits a genre's form template to exactly `bars` bars: drops optional sections (solo, bridge,
 * pre-chorus...) and shortens long ones when too long, inserts the genre's extension blocks when
 * too short, and lets intro and outro absorb the last few bars. Very short songs become a verse
 * and a chorus. Odd takes use a variant of the template (see takeVariant).
 */
export function fitForm(profile: GenreProfile, bars: number, rng: Rng, take = 0): Step[] {
  if (bars < 4) return [['chorus', bars]];
  if (bars < 12) return [['verse', Math.floor(bars / 2)], ['chorus', bars - Math.floor(bars / 2)]];
  const template: Step[] = profile.form.map(([kind, b]) => [kind, b]);
  const steps = take % 2 === 1 ? takeVariant(template, profile.arc === 'build-drop') : template;
  const intro = steps.find(([k]) => k === 'intro');
  if (intro && intro[1] >= 4 && rng.chance(0.35)) intro[1] /= 2;
  if (total(steps) > bars) shrink(steps, bars, profile.arc === 'build-drop');
  if (total(steps) > bars) return [['verse', Math.floor(bars / 2)], ['chorus', bars - Math.floor(bars / 2)]];
  extend(steps, bars, profile.extension, rng);
  absorbRemainder(steps, bars);
  return steps;
}
