import { describe, expect, it } from 'vitest';
import { parseLyrics } from './parse-lyrics.ts';

const messy = [
  'Walking down the road alone',
  '',
  '**[Intro]**',
  '(soft piano)',
  '[Verse 1: Alice]   ',
  'I saw you standing in the rain   ',
  'Your eyes were calling out my name (my name)',
  '',
  '',
  'And nothing here will stay the same',
  '[Female Vocals]',
  '[Pre-Chorus]',
  'Hold on, hold on',
  'Chorus:',
  'Oh, we are dancing in the rain (ooh)',
  '(Dancing, dancing)',
  'Sing it loud (x2)',
  '[Instrumental]',
  '(guitar solo)',
  '[Verse]',
  'In 1999 we had 24 hours',
  '[Chorus]',
  '[Hook]',
  'Hey hey, heartbeat',
  '[Bridge]',
  'Sun-kissed days go by',
  '[Break]',
  '[Spoken Word]',
  'Listen to me now',
  '## Outro',
  'Goodbye, goodbye',
  '[Solo]',
  '[End]',
].join('\r\n');

describe('parseLyrics', () => {
  const sheet = parseLyrics(messy);
  const summary = sheet.sections.map((s) => `${s.kind}:${s.label}:${s.instrumental ? 'instrumental' : s.lines.length}`);

  it('maps every tag kind to a section, in order', () => {
    expect(summary).toEqual([
      'verse:Verse 1:1',
      'intro:Intro:instrumental',
      'verse:Verse 1:3',
      'pre-chorus:Pre-Chorus:1',
      'chorus:Chorus:4',
      'instrumental:Instrumental:instrumental',
      'verse:Verse 3:1',
      'chorus:Chorus:4',
      'chorus:Hook:1',
      'bridge:Bridge:1',
      'instrumental:Break:instrumental',
      'verse:Spoken Word:1',
      'outro:Outro:1',
      'solo:Solo:instrumental',
    ]);
  });

  it('keeps every lyric line, in order, and sings none under instrumental tags', () => {
    const sung = sheet.sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(sung).toEqual([
      'Walking down the road alone',
      'I saw you standing in the rain',
      'Your eyes were calling out my name',
      'And nothing here will stay the same',
      'Hold on, hold on',
      'Oh, we are dancing in the rain',
      'Dancing, dancing',
      'Sing it loud',
      'Sing it loud',
      'In 1999 we had 24 hours',
      'Oh, we are dancing in the rain',
      'Dancing, dancing',
      'Sing it loud',
      'Sing it loud',
      'Hey hey, heartbeat',
      'Sun-kissed days go by',
      'Listen to me now',
      'Goodbye, goodbye',
    ]);
    expect(sheet.sections.filter((s) => s.instrumental).every((s) => s.lines.length === 0)).toBe(true);
  });

  it('reads stage directions, backing lines, echoes and phrase breaks', () => {
    const [intro, verse, , chorus] = sheet.sections.slice(1);
    expect(intro?.direction).toBe('soft piano');
    expect(sheet.sections[5]?.direction).toBe('guitar solo');
    expect(verse?.lines.map((l) => l.phraseBreakBefore)).toEqual([false, false, true]);
    expect(verse?.lines[1]?.echoes).toEqual([{ afterWord: 6, line: expect.objectContaining({ text: 'my name', backing: true }) }]);
    expect(chorus?.lines.map((l) => l.backing)).toEqual([false, true, false, false]);
    expect(chorus?.lines[0]?.echoes[0]?.line.words.map((w) => w.text)).toEqual(['ooh']);
    expect(chorus?.lines[0]?.words.map((w) => w.text)).toEqual(['Oh', 'we', 'are', 'dancing', 'in', 'the', 'rain']);
  });

  it('sings numbers as words and splits hyphenated words', () => {
    const words = sheet.sections[6]?.lines[0]?.words.map((w) => w.text);
    expect(words).toEqual(['In', 'nineteen', 'ninety', 'nine', 'we', 'had', 'twenty', 'four', 'hours']);
    expect(sheet.sections[9]?.lines[0]?.words.map((w) => w.text)).toEqual(['Sun', 'kissed', 'days', 'go', 'by']);
  });

  it('syllabifies every word in the language it detects', () => {
    const spanish = parseLyrics('[Verso]\nTe quiero con todo mi corazón\n[Coro]\nBésame, bésame mucho, como si fuera esta noche la última vez');
    expect(spanish.language).toBe('es');
    expect(spanish.sections.map((s) => s.kind)).toEqual(['verse', 'chorus']);
    expect(spanish.sections[0]?.lines[0]?.words.at(-1)?.syllables.map((s) => s.text)).toEqual(['co', 'ra', 'zón']);
    expect(sheet.sections.flatMap((s) => s.lines.flatMap((l) => l.words)).every((w) => w.syllables.length > 0)).toBe(true);
  });

  it('accepts empty input and lyrics without tags', () => {
    expect(parseLyrics('').sections).toEqual([]);
    const plain = parseLyrics('one line\n\nanother line');
    expect(plain.sections).toHaveLength(1);
    expect(plain.sections[0]?.lines.map((l) => l.phraseBreakBefore)).toEqual([false, true]);
  });
});
