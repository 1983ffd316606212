import { composeVocalSong, interpretRequest, leadVocalNotes, parseLyrics, vocalLineStats, writeLyrics, type LyricLanguage, type WrittenLyrics } from '@songloom/music';

/**
 * Lyric and melody statistics (issue 12): repetition over 100 generated sheets per language,
 * rhyme quality, melody singability over 20 vocal scores, and how close vocal songs come to the
 * asked duration. Run alone with `npx tsx bench/words-and-tunes.ts`.
 */

const PROMPTS: readonly [string, string][] = [
  ['a song about my dog', 'pop'], ['angry rock song about the government', 'rock'], ['sad ballad about rainy nights in the city', 'pop'],
  ['upbeat summer party anthem', 'house'], ['country song about a dusty road home', 'country'], ['lullaby for my daughter', 'folk'],
  ['a love song for my wife', 'rnb'], ['breakup song, I miss her every day', 'pop'], ['calm song about the ocean', 'ambient'],
  ['gospel song about faith and grace', 'folk'], ['chasing my dreams', 'rock'], ['song about my best friends', 'pop'],
  ['winter snow on christmas eve', 'jazz'], ['nostalgic song about childhood summers', 'folk'], ['protest song against the war', 'metal'],
  ['a walk through the forest by the river', 'folk'], ['neon city lights at night', 'synthwave'], ['going back home to my mother', 'country'],
  ['dance all night at the club', 'house'], ['something about a cat', 'jazz'],
];

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function lyricStats(language: LyricLanguage): string {
  const start = performance.now();
  const songs: WrittenLyrics[] = PROMPTS.flatMap(([description, genre]) => [1, 2, 3, 4, 5].map((seed) => writeLyrics({ description, genre, language }, seed)));
  const ms = (performance.now() - start) / songs.length;
  const hooks = new Map<string, number>();
  const lines = new Map<string, number>();
  let distinct = 1;
  let perfect = 0;
  let near = 0;
  for (const song of songs) {
    hooks.set(song.hookPattern, (hooks.get(song.hookPattern) ?? 0) + 1);
    const all = song.sections.flatMap((s) => s.lines);
    for (const line of new Set(all)) lines.set(line, (lines.get(line) ?? 0) + 1);
    distinct = Math.min(distinct, new Set(all).size / all.length);
    perfect += song.rhymes.perfect;
    near += song.rhymes.near;
  }
  const top = (m: Map<string, number>): number => Math.max(...m.values()) / songs.length;
  return `${language}: ${songs.length} sheets, ${hooks.size} hook patterns, most used hook ${pct(top(hooks))}, most used line ${pct(top(lines))}, fewest distinct lines in a song ${pct(distinct)}, rhymes ${perfect} perfect / ${near} near, ${ms.toFixed(1)} ms a sheet`;
}

function melodyStats(): string[] {
  const styles = ['pop', 'rock', 'folk', 'country', 'rnb', 'synthwave', 'jazz', 'hip hop', 'latin', 'waltz', 'lo-fi', 'blues', 'metal', 'house', 'reggae', 'funk', 'ambient', 'cinematic', 'classical', 'pop ballad'];
  const rows = styles.map((style, i) => {
    const written = writeLyrics({ description: PROMPTS[i]?.[0] ?? '', genre: style }, i + 1);
    const brief = interpretRequest({ customMode: true, instrumental: false, model: 'V4_5', style, prompt: written.text, title: 'x', maxSeconds: 480, vocalGender: i % 2 === 0 ? 'm' : 'f' });
    const start = performance.now();
    const score = composeVocalSong(brief, parseLyrics(written.text), i + 7);
    return { ms: performance.now() - start, stats: vocalLineStats(leadVocalNotes(score), score.beatsPerBar) };
  });
  const min = (pick: (s: (typeof rows)[number]['stats']) => number): number => Math.min(...rows.map((r) => pick(r.stats)));
  const max = (pick: (s: (typeof rows)[number]['stats']) => number): number => Math.max(...rows.map((r) => pick(r.stats)));
  const median = rows.map((r) => r.ms).sort((a, b) => a - b)[10] ?? 0;
  return [
    `20 vocal scores: steps and repeats ${pct(min((s) => s.stepsAndRepeats))}–${pct(max((s) => s.stepsAndRepeats))}; leaps over a fourth ${pct(min((s) => s.leapsOverFourth))}–${pct(max((s) => s.leapsOverFourth))}; tritone leaps ${rows.reduce((n, r) => n + r.stats.tritoneLeaps, 0)}; range ${min((s) => s.rangeSemitones)}–${max((s) => s.rangeSemitones)} semitones`,
    `composing a vocal song from lyrics: median ${median.toFixed(0)} ms`,
  ];
}

function durationStats(): string {
  const errors: string[] = [];
  for (const [language, style, seconds] of [['en', 'upbeat pop', 40], ['es', 'latin pop', 90], ['fr', 'acoustic folk', 150], ['de', 'rock, 140 bpm', 200], ['it', 'soul ballad, 66 bpm', 120], ['pt', 'reggae', 180]] as const) {
    const written = writeLyrics({ description: 'a song about the summer by the sea', language }, 4);
    const brief = interpretRequest({ customMode: true, instrumental: false, model: 'V4_5', style, prompt: written.text, title: 'x', maxSeconds: 480, durationSeconds: seconds });
    const score = composeVocalSong(brief, parseLyrics(written.text), 11);
    errors.push(`${language} ${seconds} s -> ${(score.durationSeconds + score.tailSeconds).toFixed(1)} s`);
  }
  return `asked durations with generated lyrics: ${errors.join(', ')}`;
}

/** Prints the section; `npm run bench -- words` runs it alone. */
export function benchWordsAndTunes(): void {
  console.log('\n## Words and tunes (issue 12)');
  for (const language of ['en', 'es', 'fr', 'de', 'it', 'pt'] as const) console.log(lyricStats(language));
  for (const line of melodyStats()) console.log(line);
  console.log(durationStats());
}

if (import.meta.url === `file://${process.argv[1]}`) benchWordsAndTunes();
