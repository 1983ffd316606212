import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../parse-lyrics.ts';
import { barsNeeded } from '../place-syllables.ts';
import { countSyllables } from '../rhyme.ts';
import { rhymeKind } from '../rhyme-rules.ts';
import type { LyricLanguage } from '../types.ts';
import { writeLyricVariants, writeLyrics, type WrittenLyrics } from './write-lyrics.ts';

/** Twenty varied prompts with the genre the brief would give them. */
export const PROMPTS: readonly [string, string][] = [
  ['a song about my dog', 'pop'],
  ['angry rock song about the government', 'rock'],
  ['sad ballad about rainy nights in the city', 'pop'],
  ['upbeat summer party anthem', 'house'],
  ['country song about a dusty road home', 'country'],
  ['lullaby for my daughter', 'folk'],
  ['a love song for my wife', 'rnb'],
  ['breakup song, I miss her every day', 'pop'],
  ['calm song about the ocean', 'ambient'],
  ['gospel song about faith and grace', 'folk'],
  ['chasing my dreams', 'rock'],
  ['song about my best friends', 'pop'],
  ['winter snow on christmas eve', 'jazz'],
  ['nostalgic song about childhood summers', 'folk'],
  ['protest song against the war', 'metal'],
  ['a walk through the forest by the river', 'folk'],
  ['neon city lights at night', 'synthwave'],
  ['going back home to my mother', 'country'],
  ['dance all night at the club', 'house'],
  ['something about a cat', 'jazz'],
];

function sheets(language: LyricLanguage, seeds: number): WrittenLyrics[] {
  return PROMPTS.flatMap(([description, genre]) => Array.from({ length: seeds }, (_, s) => writeLyrics({ description, genre, language }, s + 1)));
}

function share(counts: Map<string, number>, total: number): { item: string; share: number } {
  const [item, n] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  return { item, share: n / total };
}

function repetition(songs: readonly WrittenLyrics[]): { hook: { item: string; share: number }; line: { item: string; share: number } } {
  const hooks = new Map<string, number>();
  const lines = new Map<string, number>();
  for (const song of songs) {
    hooks.set(song.hookPattern, (hooks.get(song.hookPattern) ?? 0) + 1);
    for (const line of new Set(song.sections.flatMap((s) => s.lines))) lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  return { hook: share(hooks, songs.length), line: share(lines, songs.length) };
}

const english = sheets('en', 5);

describe('writeLyrics over 100 English sheets of 20 prompts', () => {
  it('uses no hook pattern in more than 10 % of the sheets and no line in more than 3 %', () => {
    expect(english).toHaveLength(100);
    const { hook, line } = repetition(english);
    expect(hook.share, hook.item).toBeLessThanOrEqual(0.1);
    expect(line.share, line.item).toBeLessThanOrEqual(0.03);
  });

  it('writes verses of 6–8 lines, at least 60 % distinct lines per song, a pre-chorus where the genre has one', () => {
    for (const song of english) {
      const verses = song.sections.filter((s) => s.kind === 'verse');
      expect(verses.length).toBeGreaterThanOrEqual(2);
      for (const verse of verses) expect(verse.lines.length, song.text).toBeGreaterThanOrEqual(6);
      for (const verse of verses) expect(verse.lines.length).toBeLessThanOrEqual(8);
      const lines = song.sections.flatMap((s) => s.lines);
      expect(new Set(lines).size / lines.length, song.text).toBeGreaterThanOrEqual(0.6);
    }
    const pop = writeLyrics({ description: 'a song about my dog', genre: 'pop' }, 9);
    expect(pop.sections.some((s) => s.kind === 'pre-chorus')).toBe(true);
    const country = writeLyrics({ description: 'a song about my truck', genre: 'country' }, 9);
    expect(country.sections.some((s) => s.kind === 'pre-chorus')).toBe(false);
  });

  it('rhymes every scheme pair by pronunciation, near rhymes only where the genre allows them', () => {
    let pairs = 0;
    let near = 0;
    for (const song of english) {
      for (const section of song.sections) {
        for (let i = 0; i < section.scheme.length; i++) {
          for (let j = i + 1; j < section.scheme.length; j++) {
            const letter = section.scheme[i];
            if (letter !== section.scheme[j] || letter === 'X' || letter === 'H') continue;
            const kind = rhymeKind(section.lines[i] ?? '', section.lines[j] ?? '', 'en');
            expect(kind, `${section.lines[i]} / ${section.lines[j]}`).not.toBe('none');
            pairs++;
            if (kind === 'near') near++;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(near / pairs).toBeLessThan(0.25);
    const hymn = writeLyrics({ description: 'a hymn about grace', genre: 'classical' }, 4);
    expect(hymn.rhymes.near).toBe(0);
  });

  it('writes lines a two-bar phrase can sing, chorus repeated word for word with the title in it', () => {
    for (const song of english.slice(0, 40)) {
      const sheet = parseLyrics(song.text);
      for (const section of sheet.sections) for (const line of section.lines) expect(barsNeeded(line, 4), line.text).toBeLessThanOrEqual(2);
      for (const section of song.sections) {
        const counts = section.lines.map((l) => countSyllables(l));
        if (section.kind !== 'chorus' && section.kind !== 'outro') expect(Math.max(...counts) - Math.min(...counts), section.lines.join(' / ')).toBeLessThanOrEqual(6);
      }
      const choruses = song.sections.filter((s) => s.kind === 'chorus').map((s) => s.lines.join('\n'));
      expect(new Set(choruses).size).toBe(1);
      expect(choruses[0]?.toLowerCase()).toContain(song.title.toLowerCase().replace(/^oh, /, ''));
    }
  });
});

describe('writeLyrics: topic and mood from the prompt', () => {
  it('writes a dog song about the dog, not about a club', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const song = writeLyrics({ description: 'a song about my dog', genre: 'pop' }, seed);
      expect(song.subject).toBe('my dog');
      expect(song.title.toLowerCase()).toContain('dog');
      const lines = song.sections.flatMap((s) => s.lines);
      expect(lines.filter((l) => /\bdog\b/i.test(l)).length, song.text).toBeGreaterThanOrEqual(6);
      expect(song.text).not.toMatch(/\b(club|dance floor|DJ)\b/i);
    }
  });

  it('writes an angry prompt angry, sharing no line with sad songs', () => {
    const angry = [1, 2, 3, 4, 5].map((seed) => writeLyrics({ description: 'an angry rock song about the government', genre: 'rock' }, seed));
    const sad = [1, 2, 3, 4, 5].map((seed) => writeLyrics({ description: 'a sad ballad about the government', genre: 'rock' }, seed));
    expect(angry.every((s) => s.mood === 'angry')).toBe(true);
    expect(sad.every((s) => s.mood === 'sad')).toBe(true);
    const sadLines = new Set(sad.flatMap((s) => s.sections.flatMap((x) => x.lines)));
    const angryLines = angry.flatMap((s) => s.sections.flatMap((x) => x.lines));
    // Lines of templates common to every mood may meet by chance; no couplet, let alone a verse, is shared.
    expect(angryLines.filter((l) => sadLines.has(l)).length / angryLines.length).toBeLessThan(0.03);
    for (const song of angry) {
      for (const section of song.sections) {
        section.lines.forEach((line, i) => expect(sadLines.has(line) && sadLines.has(section.lines[i + 1] ?? '')).toBe(false));
      }
    }
    const fury = /\b(fight|rise|burn|break|scream|bleed|roar|stand|war|fire|storm|chain|lies|cage|thunder|silent|enough|down with|no more|afraid|sick of|won’t|marching|walls)\b/i;
    for (const song of angry) expect(song.sections.flatMap((s) => s.lines).filter((l) => fury.test(l)).length, song.text).toBeGreaterThanOrEqual(4);
  });

  it('builds the hook around a title the caller gives, and gives variants different hooks', () => {
    const titled = writeLyrics({ description: 'summer love', title: 'Golden Hour' }, 5);
    expect(titled.title).toBe('Golden Hour');
    expect(titled.sections.find((s) => s.kind === 'chorus')?.lines.join(' ').toLowerCase()).toContain('golden hour');
    const variants = writeLyricVariants({ description: 'a song about my dog', genre: 'pop' }, 3, 3);
    expect(new Set(variants.map((v) => v.hookPattern)).size).toBe(3);
    expect(new Set(variants.map((v) => v.text)).size).toBe(3);
    expect(writeLyricVariants({ description: 'a song about my dog', genre: 'pop' }, 3, 3)).toEqual(variants);
  });

  it('counts "fire" and "hour" as one sung syllable', () => {
    expect(countSyllables('fire')).toBe(1);
    expect(countSyllables('hour of fire')).toBe(3);
    expect(countSyllables('desire')).toBe(2);
  });
});

describe.each(['es', 'fr', 'de', 'it', 'pt'] as const)('writeLyrics in %s', (language) => {
  const hundred = sheets(language, 5);
  // The first two seeds of every prompt: the sheets `sheets(language, 2)` writes.
  const songs = hundred.filter((_, i) => i % 5 < 2);

  it('uses no hook pattern in more than 10 % of 100 sheets and no line in more than 3 %', () => {
    expect(hundred).toHaveLength(100);
    const { hook, line } = repetition(hundred);
    expect(hook.share, hook.item).toBeLessThanOrEqual(0.1);
    expect(line.share, line.item).toBeLessThanOrEqual(0.03);
  });

  it('writes in the language with its own rhymes, a subject said in it, verses of 6–8 lines', () => {
    for (const song of songs) {
      expect(song.language).toBe(language);
      expect(parseLyrics(song.text).language).toBe(language);
      for (const verse of song.sections.filter((s) => s.kind === 'verse')) {
        expect(verse.lines.length).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < verse.scheme.length; i++) {
          const j = verse.scheme.indexOf(verse.scheme[i] ?? '', i + 1);
          if (j > i) expect(rhymeKind(verse.lines[i] ?? '', verse.lines[j] ?? '', language), `${verse.lines[i]} / ${verse.lines[j]}`).not.toBe('none');
        }
      }
      const lines = song.sections.flatMap((s) => s.lines);
      expect(new Set(lines).size / lines.length).toBeGreaterThanOrEqual(0.6);
    }
    const dog = writeLyrics({ description: 'a song about my dog', language }, 1);
    const word = { es: 'perro', fr: 'chien', de: 'Hund', it: 'cane', pt: 'cão' }[language];
    expect(dog.text).toContain(word);
    expect(dog.text).not.toMatch(/\b(the|and|my|you)\b/);
  });

  it('spreads hooks: no pattern in more than 15 % of 40 sheets', () => {
    expect(repetition(songs).hook.share).toBeLessThanOrEqual(0.15);
  });
});
