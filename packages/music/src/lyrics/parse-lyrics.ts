import { detectLanguage } from './detect-language.ts';
import { parseLyricLine } from './lyric-line.ts';
import { classifyTag, splitTag, type SectionTag } from './section-tags.ts';
import type { LyricLanguage, LyricLine, LyricSection, LyricSheet } from './types.ts';

/** Production notes written as lyrics, e.g. "(guitar solo)", "(soft piano)", "(fade out)". */
const directionWords = /\b(solo|instrumental|guitar|piano|drums?|bass|synth|strings|beat|fade|whisper(ed)?|spoken|softly|music|riff|build|drop|repeat|humming)\b/i;

interface OpenSection {
  tag: SectionTag;
  lines: LyricLine[];
  direction: string[];
  breakPending: boolean;
}

/** Removes markdown emphasis, heading marks, quote marks and list bullets around a line. */
function cleanLine(raw: string): string {
  return raw
    .replace(/\*\*|__|~~/g, '')
    .replace(/^\s*(#{1,6}|>|[-*\u2022])\s+/, '')
    .replace(/^\s*\*(.*)\*\s*$/, '$1')
    .trim();
}

/** "Sing it loud (x2)" -> the line and how many times it is sung (1..4). */
function repeatCount(line: string): { text: string; times: number } {
  const match = /\s*[([]?\s*[x\u00d7](\d)\s*[)\]]?\s*$/i.exec(line);
  if (match === null || match.index === 0) return { text: line, times: 1 };
  return { text: line.slice(0, match.index), times: Math.min(4, Math.max(1, Number(match[1]))) };
}

function isDirection(text: string, section: OpenSection): boolean {
  const wholeParenthesised = /^\(.*\)$/.test(text);
  if (section.tag.instrumental) return wholeParenthesised || directionWords.test(text);
  return wholeParenthesised && section.lines.length === 0 && directionWords.test(text);
}

function closeSection(open: OpenSection, done: LyricSection[]): void {
  const { tag } = open;
  let lines = open.lines;
  if (lines.length === 0 && ['chorus', 'pre-chorus', 'post-chorus'].includes(tag.kind)) {
    lines = [...done].reverse().find((s) => s.kind === tag.kind && s.lines.length > 0)?.lines ?? [];
  }
  const mayBeEmpty = tag.instrumental || ['intro', 'outro', 'bridge', 'breakdown'].includes(tag.kind);
  if (lines.length === 0 && (!mayBeEmpty || tag.label === 'End')) return;
  const section: LyricSection = { kind: tag.kind, label: tag.label, instrumental: lines.length === 0, lines };
  if (open.direction.length > 0) section.direction = open.direction.join(' ');
  done.push(section);
}

function numberVerse(tag: SectionTag, done: readonly LyricSection[]): SectionTag {
  if (tag.kind !== 'verse' || !tag.known || /\d/.test(tag.label)) return tag;
  return { ...tag, label: `Verse ${done.filter((s) => s.kind === 'verse').length + 1}` };
}

/**
 * Parses lyrics in Suno's format: [Tags] start sections (unknown tags are kept as verse-like
 * sections, or ignored when they only describe the section above them), parenthesised text is
 * sung by backing vocals, blank lines mark phrase breaks, text before any tag is a verse. An
 * empty [Chorus] repeats the previous chorus. Tolerates Windows newlines, markdown and "Chorus:" headings.
 */
export function parseLyrics(text: string, options: { language?: LyricLanguage } = {}): LyricSheet {
  const language = options.language ?? detectLanguage(text);
  const done: LyricSection[] = [];
  let open: OpenSection | undefined;
  const start = (tag: SectionTag): OpenSection => ({ tag: numberVerse(tag, done), lines: [], direction: [], breakPending: false });
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = cleanLine(raw);
    if (line === '') {
      if (open !== undefined && open.lines.length > 0) open.breakPending = true;
      continue;
    }
    const tagged = splitTag(line);
    let lyric = line;
    if (tagged !== undefined) {
      const tag = classifyTag(tagged.inside);
      const describesOpen = !tag.known && open !== undefined && open.lines.length === 0 && open.tag.known && !open.tag.instrumental;
      if (!describesOpen) {
        if (open !== undefined) closeSection(open, done);
        open = start(tag);
      }
      lyric = tagged.rest;
      if (lyric === '') continue;
    }
    open ??= start(classifyTag('Verse'));
    const { text: body, times } = repeatCount(lyric);
    if (isDirection(body, open)) {
      open.direction.push(body.replace(/^\(|\)$/g, '').trim());
      continue;
    }
    if (open.tag.instrumental) {
      // Words under [Instrumental] that read as lyrics are sung in a verse after it.
      closeSection(open, done);
      open = start(classifyTag('Verse'));
    }
    for (let i = 0; i < times; i++) {
      const parsed = parseLyricLine(body, language, open.breakPending && open.lines.length > 0);
      if (parsed === undefined) continue;
      open.lines.push(parsed);
      open.breakPending = false;
    }
  }
  if (open !== undefined) closeSection(open, done);
  return { language, sections: done };
}
