import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../parse-lyrics.ts';
import { checkRhyme, countSyllables } from '../rhyme.ts';
import { writeLyrics, type WrittenLyrics } from './write-lyrics.ts';

const requests = [
  { description: 'a sad song about rain in the city at night' },
  { description: 'upbeat summer party anthem', genre: 'pop' },
  { description: 'country song about a dusty road home', genre: 'country' },
  { description: 'lullaby for my daughter' },
  { description: 'angry punk song about the government', genre: 'punk rock' },
  { description: 'a love song for my wife on our anniversary' },
  { description: 'breakup ballad, I miss her every day', genre: 'soul' },
  { description: 'sailing across the ocean to an island', moods: ['calm'] },
  { description: 'a gospel song about faith and grace', genre: 'gospel' },
  { description: 'chasing my dreams of being a star', genre: 'pop rock' },
  { description: 'song about my best friends and our old crew' },
  { description: 'winter snow falling on christmas eve', moods: ['romantic'] },
  { description: 'nostalgic song remembering childhood summers', moods: ['nostalgic', 'sad'] },
  { description: 'hopeful song about rising again after hard times' },
  { description: 'a walk through the forest by the river', genre: 'folk' },
  { description: 'breaking free and flying away', genre: 'indie rock' },
  { description: 'neon city lights synthwave drive', genre: 'synthwave' },
  { description: 'going back home to see my mother', genre: 'americana' },
  { description: 'dance all night at the club', genre: 'edm' },
  { description: 'something about a cat', genre: 'jazz' },
];

function sameLetterPairs(scheme: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < scheme.length; i++) {
    for (let j = i + 1; j < scheme.length; j++) if (scheme[i] === scheme[j] && scheme[i] !== 'X') pairs.push([i, j]);
  }
  return pairs;
}

function lastWord(line: string): string {
  return line.toLowerCase().match(/[a-z']+/g)?.pop() ?? '';
}

describe.each(requests)('writeLyrics($description)', (request) => {
  const song: WrittenLyrics = writeLyrics(request, 1234);

  it('has verse and chorus tags, and the parser reads them back', () => {
    expect(song.text).toMatch(/^\[Verse 1\]\n/);
    expect(song.text).toContain('[Chorus]');
    const kinds = parseLyrics(song.text).sections.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'verse').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'chorus').length).toBeGreaterThanOrEqual(2);
    expect(song.sections.filter((s) => s.kind === 'verse').every((s) => s.lines.length === 4)).toBe(true);
  });

  it('repeats the chorus word for word, with the title in it', () => {
    const choruses = song.sections.filter((s) => s.kind === 'chorus').map((s) => s.lines.join('\n'));
    expect(new Set(choruses).size).toBe(1);
    expect(choruses[0]?.toLowerCase()).toContain(song.title.toLowerCase());
    expect(song.sections.find((s) => s.kind === 'chorus')?.lines.length).toBeGreaterThanOrEqual(4);
  });

  it('never repeats a verse line', () => {
    const verseLines = song.sections.filter((s) => s.kind === 'verse').flatMap((s) => s.lines);
    expect(new Set(verseLines).size).toBe(verseLines.length);
  });

  it('keeps the rhyme scheme of every section', () => {
    for (const section of song.sections) {
      expect(section.scheme).toHaveLength(section.lines.length);
      for (const [i, j] of sameLetterPairs(section.scheme)) {
        const [a, b] = [section.lines[i] ?? '', section.lines[j] ?? ''];
        expect(checkRhyme(a, b), `${section.label}: "${a}" / "${b}"`).toBe(true);
        if (a !== b) expect(lastWord(a)).not.toBe(lastWord(b));
      }
    }
  });

  it('keeps lines within two syllables of each other in a section', () => {
    for (const section of song.sections) {
      const counts = section.lines.map((line) => countSyllables(line));
      expect(Math.max(...counts) - Math.min(...counts), `${section.label}: ${counts.join(',')}`).toBeLessThanOrEqual(2);
    }
  });

  it('leaves no slot unfilled', () => {
    expect(song.text).not.toMatch(/[{}]|undefined|null|NaN/);
    expect(song.text.split('\n').every((line) => line === '' || /^\[[^\]]+\]$|^[A-Z]/.test(line))).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(writeLyrics(request, 1234)).toEqual(song);
    const others = [1, 2, 3].map((seed) => writeLyrics(request, seed).text);
    expect(others.every((text) => text !== song.text)).toBe(true);
  });
});

describe('writeLyrics options', () => {
  it('builds the chorus hook around a title the caller gives', () => {
    const song = writeLyrics({ description: 'summer love', title: 'Golden Hour' }, 5);
    expect(song.title).toBe('Golden Hour');
    const chorus = song.sections.find((s) => s.kind === 'chorus');
    expect(chorus?.lines.join(' ').toLowerCase()).toContain('golden hour');
  });

  it('lets the mood colour the words', () => {
    const tally = (mood: string, words: RegExp): number =>
      [1, 2, 3, 4, 5, 6].reduce((n, seed) => n + (writeLyrics({ description: 'a song about the night city', moods: [mood] }, seed).text.match(words)?.length ?? 0), 0);
    const bright = /\b(golden|bright|shining|sunny|glowing|sweet)\b/gi;
    const dark = /\b(lonely|empty|fading|grey|broken|hollow|cold)\b/gi;
    expect(writeLyrics({ description: 'night city', moods: ['sad'] }, 1).mood).toBe('sad');
    expect(tally('sad', bright)).toBe(0);
    expect(tally('happy', dark)).toBe(0);
    expect(tally('sad', dark)).toBeGreaterThan(3);
    expect(tally('happy', bright)).toBeGreaterThan(3);
  });
});
