import type { SectionKind } from '../score.ts';

/** What a lyric tag such as "[Verse 2: Alice]" or "Chorus:" announces. */
export interface SectionTag {
  kind: SectionKind;
  /** Human label, e.g. "Verse 2", "Chorus", "Guitar Solo"; the part after a colon is dropped. */
  label: string;
  /** False for tags this parser does not know ("[Female Vocals]", "[Spoken Word]"). */
  known: boolean;
  /** True for tags under which nothing is sung. */
  instrumental: boolean;
}

const patterns: readonly [RegExp, SectionKind, boolean][] = [
  [/^pre[\s-]*(chorus|hook)/, 'pre-chorus', false],
  [/^post[\s-]*(chorus|hook)/, 'post-chorus', false],
  [/^(verse|verso|estrofa|strophe|couplet|strofa)\b/, 'verse', false],
  [/^(chorus|hook|refrain|coro|estribillo|refrão|refrao|ritornello|refrein)(?![\p{L}])/u, 'chorus', false],
  [/^(bridge|puente|ponte|pont|brücke)(?![\p{L}])/u, 'bridge', false],
  [/^intro\b/, 'intro', false],
  [/^(outro|coda|ending|end|fade[\s-]*out|fade)\b/, 'outro', false],
  [/^breakdown\b/, 'breakdown', false],
  [/\bsolo\b/, 'solo', true],
  [/^(instrumental|interlude|break|drop|riff)\b/, 'instrumental', true],
];

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Reads the inside of a tag ("Verse 1: Alice", "CHORUS (x2)", "Pre Chorus"); the label keeps the number. */
export function classifyTag(inside: string): SectionTag {
  const head = inside.split(/[:|(,]|\s[-\u2013\u2014]\s/)[0]?.trim() ?? '';
  const lower = head.toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, kind, instrumental] of patterns) {
    if (pattern.test(lower)) return { kind, label: titleCase(head), known: true, instrumental };
  }
  return { kind: 'verse', label: titleCase(head === '' ? inside.trim() : head), known: false, instrumental: false };
}

const headingLine = /^(pre[\s-]*chorus|post[\s-]*chorus|verse(\s*\d+)?|chorus|hook|refrain|bridge|intro|outro|instrumental|interlude|break|breakdown|(guitar\s+|piano\s+)?solo)\s*(\d+)?\s*:?$/i;

/**
 * Finds a section tag at the start of a cleaned line: "[Chorus]", "[Verse 1: Alice] text", a bare
 * heading "Chorus:" / "VERSE 2". Returns the tag's inside and the lyric text after it.
 */
export function splitTag(line: string): { inside: string; rest: string } | undefined {
  const bracket = /^\[([^\]]*)\]\s*(.*)$/.exec(line);
  if (bracket !== null) return { inside: bracket[1] ?? '', rest: bracket[2] ?? '' };
  const heading = headingLine.exec(line);
  if (heading !== null) return { inside: line.replace(/:$/, ''), rest: '' };
  return undefined;
}
