import type { Rng } from '../../rng.ts';
import { parseLyricLine } from '../lyric-line.ts';
import { barsNeeded } from '../place-syllables.ts';
import { countSyllables } from '../rhyme.ts';
import { nearKeys, perfectKeys } from '../rhyme-rules.ts';
import { fitsMood, fitsSubject, scenesOf, splitFlags, type LanguageBank, type LyricMood, type RawTemplate } from './bank.ts';
import { contract } from './contractions.ts';
import type { Topic } from './read-topic.ts';

/** One written line that could go into a section. */
export interface Candidate {
  text: string;
  /** The template it came from (a song sings each template once, the repeated chorus aside). */
  template: string;
  /** Its last word, lower case. */
  end: string;
  perfect: readonly string[];
  near: readonly string[];
  syllables: number;
  /** True when the line names the song's subject or one of its images. */
  topical: boolean;
}

/** What filling templates needs. */
export interface FillContext {
  bank: LanguageBank;
  topic: Topic;
  mood: LyricMood;
}

/** The longest line a two-bar phrase in 4/4 sings comfortably (see `barsNeeded`). */
const PHRASE_BARS = 2;

function lastWord(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return (words[words.length - 1] ?? '').replace(/^['’]+|['’]+$/g, '');
}

function englishArticles(text: string): string {
  return text.replace(/\b([Aa]) (?=[aeiou](?!ni|se|sua|ro)|hour|honest)/g, '$1n ');
}

interface Weighted {
  text: string;
  weight: number;
}

function endWords(list: readonly string[], ctx: FillContext): Weighted[] {
  return list
    .map(splitFlags)
    .filter(({ flags }) => fitsMood(flags, ctx.mood))
    .map(({ flags, text }) => {
      const scenes = scenesOf(flags);
      return { text, weight: scenes.includes(ctx.topic.scene) ? 2 : scenes.length === 0 ? 1.5 : 1 };
    });
}

function usable(template: string, flags: string, ctx: FillContext): boolean {
  if (!fitsMood(flags, ctx.mood) || !fitsSubject(flags, ctx.topic)) return false;
  if (template.includes('{I}') && ctx.topic.images.length === 0) return false;
  return true;
}

/** Fills every slot but the end. */
function fillBody(template: string, ctx: FillContext, moodNouns: readonly Weighted[], rng: Rng): string {
  const adjectives = ctx.bank.adjectives?.[ctx.mood] ?? [''];
  const plural = ctx.topic.plural || ctx.topic.subject === 'you';
  return template
    .replace(/\{S\}/g, ctx.topic.subject)
    .replace(/\{Name\}/g, ctx.topic.name)
    .replace(/\{be\}/g, plural ? 'are' : 'is')
    .replace(/\{A\}/g, () => rng.pick(adjectives))
    .replace(/\{I\}/g, () => rng.pick(ctx.topic.images))
    .replace(/\{M\}/g, () => rng.weighted(moodNouns, moodNouns.map((w) => w.weight)).text);
}

/** True when the body already sings the end word or a word of its stem ("torno a tornare", "mis sueños ... el sueño"). */
function echoes(body: string, end: string): boolean {
  const lower = body.toLowerCase();
  if (end.length < 4) return lower.includes(end);
  return (lower.match(/[\p{L}'’-]+/gu) ?? []).some((word) => word.slice(0, 4) === end.slice(0, 4));
}

function tidy(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Opens a line with one of the bank's openers half of the time, unless it already opens with one or with a vocative. */
function withOpener(text: string, ctx: FillContext, rng: Rng): string {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase().replace(/[,]$/, '') ?? '';
  const taken = ctx.bank.openers.some((o) => o.replace(/,$/, '').split(' ')[0] === first) || /^\{S\}|^[^\s]+,/.test(text) || text.startsWith(ctx.topic.subject);
  if (taken || !rng.chance(0.5)) return text;
  const opener = rng.pick(ctx.bank.openers);
  return `${opener} ${text}`;
}

/** A template as it follows a subject frame: lower case, without the conjunction it opened with ("y no sé" -> "no sé"). */
function unjoined(template: string, bank: LanguageBank): string {
  const [first = '', ...rest] = template.split(' ');
  const text = rest.length > 0 && bank.openers.includes(first.toLowerCase()) ? rest.join(' ') : template;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function fitsPhrase(text: string, ctx: FillContext): boolean {
  const line = parseLyricLine(text, ctx.bank.language, false);
  return line !== undefined && barsNeeded(line, 4) <= PHRASE_BARS;
}

function candidate(text: string, template: string, ctx: FillContext): Candidate | undefined {
  const finished = tidy(ctx.bank.language === 'en' ? englishArticles(text) : contract(text, ctx.bank.language));
  if (!fitsPhrase(finished, ctx)) return undefined;
  const end = lastWord(finished);
  return {
    text: finished,
    template,
    end,
    perfect: perfectKeys(end, ctx.bank.language),
    near: nearKeys(end, ctx.bank.language),
    syllables: countSyllables(finished, ctx.bank.language),
    topical: template.includes('{S}') || template.includes('{I}') || template.includes('{Name}'),
  };
}

/** The end words of each slot that fit the song's mood, weighted by scene, and the nouns {M} may name (not the subject). */
interface SlotWords {
  places: Weighted[];
  nouns: Weighted[];
  verbs: Weighted[];
  moodNouns: Weighted[];
}

function fillTemplate(raw: RawTemplate, ctx: FillContext, words: SlotWords, rng: Rng, endsPerTemplate: number): Candidate[] {
  const { flags, text: template } = splitFlags(raw);
  if (!usable(template, flags, ctx)) return [];
  const out: Candidate[] = [];
  const slot = /\{P\}\s*$/.test(template) ? words.places : /\{N\}\s*$/.test(template) ? words.nouns : /\{V\}\s*$/.test(template) ? words.verbs : undefined;
  const framed = ctx.bank.subjectFrame !== undefined && !/\{(S|I|Name)\}/.test(template) ? `${ctx.bank.subjectFrame[ctx.mood]} ${unjoined(template, ctx.bank)}` : undefined;
  if (framed !== undefined) {
    // The line framed by the subject ("con mi perro, camino solo...") is a topical twin of the plain line.
    for (const line of fillTemplate(`${flags}|${framed}`, ctx, words, rng, Math.max(1, endsPerTemplate - 2))) out.push({ ...line, template: raw });
  }
  if (slot === undefined) {
    const line = candidate(withOpener(fillBody(template, ctx, words.moodNouns, rng), ctx, rng), raw, ctx);
    return line === undefined ? out : [...out, line];
  }
  const pool = [...slot];
  for (let k = 0; k < endsPerTemplate && pool.length > 0; k++) {
    const choice = rng.weighted(pool, pool.map((w) => w.weight));
    const body = fillBody(template, ctx, words.moodNouns, rng);
    pool.splice(pool.indexOf(choice), 1);
    if (echoes(body, lastWord(choice.text))) continue;
    const line = candidate(withOpener(body.replace(/\{[NPV]\}\s*$/, choice.text), ctx, rng), raw, ctx);
    if (line !== undefined) out.push(line);
  }
  return out;
}

/**
 * Writes candidate lines from templates: each usable template (mood, subject, images) filled up to
 * `endsPerTemplate` times with different end words, scene-fitting ends preferred. Lines longer than
 * a two-bar phrase in 4/4 can sing are left out.
 */
export function writeCandidates(templates: readonly RawTemplate[], ctx: FillContext, rng: Rng, endsPerTemplate: number): Candidate[] {
  const nouns = endWords(ctx.bank.nouns, ctx);
  const moodNouns = nouns.filter((w) => !echoes(ctx.topic.subject, lastWord(w.text)));
  const words: SlotWords = { places: endWords(ctx.bank.places, ctx), nouns, verbs: endWords(ctx.bank.verbs, ctx), moodNouns };
  return templates.flatMap((raw) => fillTemplate(raw, ctx, words, rng, endsPerTemplate));
}
