import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSoundBank, renderScore, runAudioBench } from '@songloom/audio';
import { composeSong, composeVocalSong, interpretRequest, parseLyrics, writeLyrics } from '@songloom/music';
import { benchVocals } from '../packages/server/src/adapters/espeak/bench.ts';
import { openDatabase } from '../packages/server/src/adapters/sqlite/database.ts';
import { createSqliteCallbackStore } from '../packages/server/src/adapters/sqlite/callback-store.ts';
import { createHttpCallbackSender } from '../packages/server/src/adapters/http-sender/http-callback-sender.ts';
import { benchCallbackDelivery } from '../packages/server/src/callbacks/bench.ts';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { coverFontPaths, soundFontPath } from '../packages/server/src/main/paths.ts';
import { benchArrangement } from './arrangement-bench.ts';
import { benchPipeline, type PipelineFigures } from './pipeline-bench.ts';
import { benchService } from './service-bench.ts';
import { benchSinger } from './singer-bench.ts';
import { benchWordsAndTunes } from './words-and-tunes.ts';

const f = (n: number | null | undefined, digits = 1): string => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));
const only = process.argv[2];
const want = (section: string): boolean => !only || only === section;

async function audio(): Promise<void> {
  const config = loadConfig({});
  const figures = await runAudioBench({
    soundBankBytes: new Uint8Array(readFileSync(soundFontPath(config))),
    fonts: coverFontPaths().map((file) => new Uint8Array(readFileSync(file))),
    peakRssBytes: () => process.resourceUsage().maxRSS * 1024,
  });
  console.log('\n## Audio engine (one process, one core)');
  console.log(`bank load ${f(figures.bankLoadMs, 0)} ms; ${f(figures.audioSeconds, 0)} s score`);
  console.log(`render    ${f(figures.renderXRealTime)}x real time (warm ${f(figures.renderMs, 0)} ms, cold ${f(figures.firstRenderMs, 0)} ms, first chunk ${f(figures.firstChunkMs, 0)} ms)`);
  console.log(`master    ${f(figures.masterMs, 0)} ms -> ${f(figures.masteredLufs, 2)} LUFS, ${f(figures.masteredTruePeakDbtp, 2)} dBTP`);
  console.log(`mp3       ${f(figures.mp3XRealTime)}x real time (${f(figures.mp3EncodeMs, 0)} ms, CBR 192)`);
  console.log(`mastering ${f(figures.mastering.audioSeconds, 0)} s: master ${f(figures.mastering.masterMs, 0)} ms (${f(figures.mastering.masterXRealTime, 0)}x), loudness ${f(figures.mastering.loudnessMs, 0)} ms, true peak ${f(figures.mastering.truePeakMs, 0)} ms; mp3 ${f(figures.mastering.mp3XRealTime)}x`);
  console.log(`cover     ${f(figures.coverMs, 0)} ms`);
  const song = composeSong(interpretRequest({ customMode: true, instrumental: true, model: 'V5', style: 'upbeat pop, piano, drums, bass', title: 'x', durationSeconds: 60, maxSeconds: 480 }), 1);
  const bank = loadSoundBank(readFileSync(soundFontPath(config)));
  const start = performance.now();
  const rendered = await renderScore(song, bank);
  const songSeconds = rendered.left.length / rendered.sampleRate;
  console.log(`render    ${f(songSeconds / ((performance.now() - start) / 1000))}x real time for a composed 60 s pop song (${song.parts.length} parts, ${song.parts.reduce((n, p) => n + p.notes.length, 0)} notes)`);
  console.log(`peak RSS  ${f(process.resourceUsage().maxRSS / 1024, 0)} MB (this process: bank, renders, mastering, encoding, cover)`);
}

function compose(): void {
  const brief = interpretRequest({ customMode: true, instrumental: true, model: 'V5', style: 'upbeat pop, piano, drums, bass', title: 'x', durationSeconds: 180, maxSeconds: 480 });
  const vocalBrief = interpretRequest({ customMode: false, instrumental: false, model: 'V5', prompt: 'a happy pop song about summer at the beach', maxSeconds: 480 });
  const time = (work: (seed: number) => unknown): number => {
    const runs: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const start = performance.now();
      work(seed);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[10]!;
  };
  const instrumental = time((seed) => composeSong(brief, seed));
  const lyrics = time((seed) => writeLyrics({ description: 'a happy pop song about summer at the beach' }, seed));
  const sheet = parseLyrics(writeLyrics({ description: 'a happy pop song about summer at the beach' }, 1).text);
  const vocal = time((seed) => composeVocalSong(vocalBrief, sheet, seed));
  console.log('\n## Composition (median of 20 seeds)');
  console.log(`3-min instrumental ${f(instrumental)} ms; lyrics ${f(lyrics)} ms; vocal song from lyrics ${f(vocal)} ms`);
}

async function vocals(): Promise<void> {
  const v = await benchVocals({ minutes: 2 });
  console.log(`\n## Voice (espeak-ng ${v.runner}, one worker)`);
  console.log(`${f(v.vocalSeconds, 0)} s of vocals, ${v.syllables} syllables, ${v.distinctPitches} pitches: ${f(v.singMs, 0)} ms (${f(v.secondsPerVocalMinute, 2)} s per vocal minute, ${f(v.msPerSyllable, 1)} ms per syllable, ${v.espeakRuns} espeak runs, cold start ${f(v.coldStartMs, 0)} ms); vocal chain ${f(v.processVocalMs, 0)} ms`);
}

async function singer(): Promise<void> {
  const before = await referenceRenderSpeed();
  const songs = await benchSinger(new Uint8Array(readFileSync(soundFontPath(loadConfig({})))));
  const after = await referenceRenderSpeed();
  console.log('\n## Singer, measured from outside (pocketsphinx + lyrics bigram model; pitch tracks; spectra; stems)');
  console.log(`machine reference ${f(before)}x / ${f(after)}x real time (before / after)`);
  console.log('| song | genre | bpm | voice | words | sung recovered | spoken recovered | ratio | vibrato p-p (cents) | median cents | above 5 kHz | vocal over bed (LU) | voice s per vocal minute |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of songs) {
    console.log(`| ${s.song} | ${s.genre} | ${s.tempo} | ${s.gender} | ${s.words} | ${f(100 * s.sungRecovered, 0)} % | ${f(100 * s.spokenRecovered, 0)} % | ${f(s.sungRecovered / s.spokenRecovered, 2)} | ${f(s.vibratoCents, 0)} | ${f(s.medianAbsCents, 1)} | ${f(100 * s.above5kHz, 2)} % | ${f(s.vocalOverBedLu)} | ${f(s.singMs / 1000 / s.vocalMinutes, 2)} |`);
  }
  const mean = (pick: (s: (typeof songs)[number]) => number) => songs.reduce((a, s) => a + pick(s), 0) / songs.length;
  console.log(`mean: sung ${f(100 * mean((s) => s.sungRecovered), 0)} %, spoken ${f(100 * mean((s) => s.spokenRecovered), 0)} %, ratio ${f(mean((s) => s.sungRecovered / s.spokenRecovered), 2)}`);
}

async function callbacks(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-bench-cb-'));
  const db = openDatabase(path.join(dir, 'cb.db'));
  const sender = createHttpCallbackSender({ allowPrivate: true });
  try {
    const r = await benchCallbackDelivery({ callbackStore: createSqliteCallbackStore(db), signingSecrets: async () => ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], sender });
    console.log('\n## Callbacks (SQLite outbox, real HTTP sender, loopback receiver)');
    console.log(`deliveries ${f(r.deliveriesPerSecond, 0)}/s (burst of ${r.burst}); stage -> received delay p50 ${f(r.delayP50Ms, 2)} ms, p99 ${f(r.delayP99Ms, 2)} ms (${r.paced} paced)`);
  } finally {
    await sender.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function service(): Promise<void> {
  const s = await benchService();
  console.log('\n## Service (embedded defaults, one server process, no workers; load from a second thread)');
  console.log(`submit       ${f(s.submit.perSecond, 0)} req/s  p50 ${f(s.submit.p50Ms, 2)} ms  p99 ${f(s.submit.p99Ms, 2)} ms  (${s.submit.requests} requests, ${s.submit.failures} failed)`);
  console.log(`record-info  ${f(s.recordInfo.perSecond, 0)} req/s  p50 ${f(s.recordInfo.p50Ms, 2)} ms  p99 ${f(s.recordInfo.p99Ms, 2)} ms  (${s.recordInfo.requests} requests, ${s.recordInfo.failures} failed)`);
}

async function pipeline(): Promise<void> {
  const repeat = Number(process.env.BENCH_REPEAT ?? 5);
  console.log(`\n## End to end (real server, 2 worker threads on 2 cores; ms after submit; median of ${repeat} runs [fastest-slowest])`);
  const instrumental = { customMode: true, instrumental: true, model: 'V4_5', style: 'upbeat pop, piano, drums, bass', title: 'Bench', duration: 120 };
  const vocal = { customMode: true, instrumental: false, model: 'V4_5', style: 'upbeat pop, piano, drums, bass, 120 bpm', title: 'Bench', prompt: BENCH_LYRICS };
  console.log(`machine reference before: ${f(await referenceRenderSpeed())}x real time (one thread rendering a composed 30 s pop song)`);
  for (const [label, body, listen] of [
    ['2-min instrumental', instrumental, false],
    ['2-min vocal song', vocal, false],
    ['2-min instrumental, live stream listened to', instrumental, true],
  ] as const) {
    const runs: PipelineFigures[] = [];
    for (let i = 0; i < repeat; i++) runs.push(await benchPipeline(label, body, { listen }));
    const stat = (pick: (r: PipelineFigures) => number | null | undefined): string => {
      const values = runs.map(pick).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
      if (values.length === 0) return 'n/a';
      return `${f(values[Math.floor(values.length / 2)], 0)} [${f(values[0], 0)}-${f(values[values.length - 1], 0)}]`;
    };
    const stream = listen ? `; live stream first byte ${stat((r) => r.streamFirstByteMs)} ms after TEXT_SUCCESS` : '';
    console.log(`${label} (${f(runs[0]?.durationSeconds)} s): TEXT_SUCCESS ${stat((r) => r.statusAfterMs.TEXT_SUCCESS)}, FIRST_SUCCESS ${stat((r) => r.statusAfterMs.FIRST_SUCCESS)}, SUCCESS ${stat((r) => r.statusAfterMs.SUCCESS)}${stream}`);
  }
  console.log(`machine reference after: ${f(await referenceRenderSpeed())}x real time`);
}

/**
 * This machine's speed right now: its speed drifts by a third over minutes (other tenants), so
 * end-to-end times are printed between two of these to show what state they were measured in.
 */
async function referenceRenderSpeed(): Promise<number> {
  const bank = loadSoundBank(readFileSync(soundFontPath(loadConfig({}))));
  const song = composeSong(interpretRequest({ customMode: true, instrumental: true, model: 'V5', style: 'upbeat pop, piano, drums, bass', title: 'x', durationSeconds: 30, maxSeconds: 480 }), 1);
  await renderScore(song, bank);
  const start = performance.now();
  const audio = await renderScore(song, bank);
  return audio.left.length / audio.sampleRate / ((performance.now() - start) / 1000);
}

/** About two minutes at 120 bpm: two verses, three choruses, a bridge. */
const BENCH_LYRICS = `[Verse 1]
The morning sun is on the bay
The boats are swaying in the light
I left my worries far away
And held the summer through the night

[Chorus]
Oh, summer, stay with me
Don't let the evening fade
Oh, summer, stay with me
Under the sun we made

[Verse 2]
The radio is playing loud
We're dancing barefoot on the sand
I lose myself among the crowd
And find you reaching for my hand

[Chorus]
Oh, summer, stay with me
Don't let the evening fade
Oh, summer, stay with me
Under the sun we made

[Bridge]
And when the cold wind comes to call
I'll still remember it all

[Chorus]
Oh, summer, stay with me
Don't let the evening fade
Oh, summer, stay with me
Under the sun we made`;

const SECTIONS = ['service', 'callbacks', 'compose', 'words', 'audio', 'arrangement', 'vocals', 'singer', 'pipeline'] as const;

/** Without a section argument, each section runs in its own process, so peak RSS and JIT state are its own. */
function runSectionsApart(): void {
  console.log('# songloom benchmarks');
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  for (const section of SECTIONS) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), section, '--quiet-header'], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

async function main(): Promise<void> {
  if (!only) return runSectionsApart();
  if (!process.argv.includes('--quiet-header')) console.log(`# songloom benchmarks\nnode ${process.version}, ${new Date().toISOString()}, section ${only}`);
  if (want('service')) await service();
  if (want('callbacks')) await callbacks();
  if (want('compose')) compose();
  if (want('words')) benchWordsAndTunes();
  if (want('audio')) await audio();
  if (want('arrangement')) await benchArrangement(loadSoundBank(readFileSync(soundFontPath(loadConfig({})))));
  if (want('vocals')) await vocals();
  if (want('singer')) await singer();
  if (want('pipeline')) await pipeline();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
