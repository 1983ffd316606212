/**
 * Arrangement figures over 26 briefs, each as the pipeline makes a task's two tracks (take 0 and
 * take 1 of the brief, track seeds from the task seed): chorus minus verse loudness, chorus-to-chorus
 * similarity, body level span, L/R correlation, energy above 4 kHz, EDM drop over build, trailer
 * rise, named-instrument coverage, and the two tracks' chroma correlation and spectral distance.
 * Run alone: `npx tsx bench/arrangement-bench.ts` (or `npm run bench arrangement`).
 */
import { readFileSync } from 'node:fs';
import { loadSoundBank, MixBus, renderScore, type SoundBank, type StereoAudio } from '@songloom/audio';
import { briefForTake, composeSong, interpretRequest, type Brief, type Score, type SectionKind } from '@songloom/music';
import {
  chromaCorrelation, energyAbove, loudnessBetween, passageSimilarity, quantile, spectralDistanceDb, stereoCorrelation, windowLoudness,
} from '../packages/audio/src/analysis/song-measures.ts';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { soundFontPath } from '../packages/server/src/main/paths.ts';
import { trackSeed } from '../packages/server/src/pipeline/seeds.ts';

const PROMPTS = [
  'an upbeat pop song about summer',
  'hard rock anthem with big guitars',
  'heavy metal, aggressive, double bass drums',
  'edm festival house banger',
  'boom bap hip hop with a dusty piano',
  'epic orchestral trailer music',
  'acoustic bossa nova for a cafe',
  'bluegrass banjo breakdown',
  'country rock, driving',
  'dark synthwave night drive',
  'retro 80s synthwave with neon arpeggios and gated drums',
  'a french chanson with accordion',
  'lofi hip hop with rhodes for studying',
  'smooth jazz trio with saxophone',
  'roots reggae with organ',
  'funky disco groove with slap bass',
  'a sad piano ballad',
  'cinematic film score, heroic, with french horn',
  'ambient drone, dreamy and spacious',
  'classical string quartet in a minor key',
  'indie folk with acoustic guitar and harmonica',
  'delta blues shuffle with harmonica',
  'dark trap beat',
  'liquid drum and bass',
  'pop punk about summer',
  'k-pop dance track',
];

const f = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function times(score: Score): Array<{ kind: SectionKind; from: number; to: number }> {
  const spb = 60 / score.tempo;
  return score.sections.map((s) => ({ kind: s.kind, from: s.startBeat * spb, to: (s.startBeat + s.bars * score.beatsPerBar) * spb }));
}

function kindLoudness(audio: StereoAudio, score: Score, kind: SectionKind): number {
  const powers = times(score).filter((s) => s.kind === kind).map((s) => 10 ** (loudnessBetween(audio, s.from, s.to) / 10));
  return powers.length === 0 ? NaN : 10 * Math.log10(powers.reduce((a, b) => a + b, 0) / powers.length);
}

function chorusSimilarity(audio: StereoAudio, score: Score): number {
  const choruses = times(score).filter((s) => s.kind === 'chorus');
  const first = choruses[0];
  if (!first || choruses.length < 2) return NaN;
  return Math.max(...choruses.slice(1).map((c) => passageSimilarity(audio, first.from, c.from, Math.min(c.to - c.from, first.to - first.from))));
}

function namedCoverage(brief: Brief, score: Score): number {
  const programs = [...new Set(brief.instrumentation.filter((s) => s.requested).map((s) => s.program))];
  if (programs.length === 0) return NaN;
  const bars = Math.round(score.totalBeats / score.beatsPerBar);
  return Math.min(...programs.map((program) => {
    const heard = new Set<number>();
    for (const part of score.parts) if (!part.isDrums && part.program === program) for (const n of part.notes) heard.add(Math.floor(n.startBeat / score.beatsPerBar));
    return heard.size / bars;
  }));
}

async function render(score: Score, bank: SoundBank): Promise<StereoAudio> {
  return new MixBus(44_100).process(await renderScore(score, bank));
}

export async function benchArrangement(bank: SoundBank): Promise<void> {
  console.log('\n## Arrangement (each prompt as a task: two tracks, take 0 and take 1, 90 s, instrumental; levels in dB)');
  console.log('| prompt | genre | chorus-verse | chorus~chorus | body span | L/R corr | >4 kHz | drop/rise | named | chroma r | spectra dB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const all: Record<string, number[]> = { cv: [], sim: [], span: [], corr: [], chroma: [], spec: [] };
  let renderedSeconds = 0;
  const start = performance.now();
  for (const [i, prompt] of PROMPTS.entries()) {
    const taskSeed = 1000 + i;
    const brief = interpretRequest({ customMode: false, instrumental: true, model: 'V5', prompt, durationSeconds: 90, maxSeconds: 480 }, taskSeed);
    const takes = [0, 1].map((index) => ({ brief: briefForTake(brief, index, trackSeed(taskSeed, index)), seed: trackSeed(taskSeed, index) }));
    const scores = takes.map((t) => composeSong(t.brief, t.seed));
    const audio = await Promise.all(scores.map((s) => render(s, bank)));
    renderedSeconds += audio.reduce((n, a) => n + a.left.length / a.sampleRate, 0);
    const [score, mix] = [scores[0]!, audio[0]!];
    const sections = times(score);
    const body = windowLoudness(mix, sections[0]!.to, sections[sections.length - 1]!.from);
    const cv = kindLoudness(mix, score, 'chorus') - kindLoudness(mix, score, 'verse');
    const sim = chorusSimilarity(mix, score);
    const span = quantile(body, 0.9) - quantile(body, 0.1);
    const corr = stereoCorrelation(mix);
    const chroma = chromaCorrelation(audio[0]!, audio[1]!);
    const spec = spectralDistanceDb(audio[0]!, audio[1]!);
    const arc = brief.arc === 'build-drop'
      ? `drop +${f(kindLoudness(mix, score, 'chorus') - kindLoudness(mix, score, 'pre-chorus'))}`
      : brief.arc === 'rising' ? `rise +${f(Math.max(...windowLoudness(mix, 0, sections[sections.length - 1]!.from, 2)) - Math.min(...windowLoudness(mix, 0, sections[sections.length - 1]!.from, 2)))}` : '';
    const high = ['cinematic', 'classical'].includes(brief.genre) ? `${f(100 * energyAbove(mix, 4000), 2)} %` : '';
    for (const [key, value] of [['cv', cv], ['sim', sim], ['span', span], ['corr', corr], ['chroma', chroma], ['spec', spec]] as const) if (Number.isFinite(value)) all[key]!.push(value);
    console.log(`| ${prompt} | ${brief.genre} | ${f(cv)} | ${f(sim, 2)} | ${f(span)} | ${f(corr, 2)} | ${high} | ${arc} | ${f(100 * namedCoverage(brief, score), 0)}${Number.isFinite(namedCoverage(brief, score)) ? ' %' : ''} | ${f(chroma, 2)} | ${f(spec, 2)} |`);
  }
  const median = (values: number[]): number => quantile(values, 0.5);
  const range = (values: number[], digits = 1): string => `median ${f(median(values), digits)} [${f(Math.min(...values), digits)}..${f(Math.max(...values), digits)}]`;
  console.log(`\nchorus-verse ${range(all.cv!)} dB; chorus~chorus ${range(all.sim!, 2)}; body span ${range(all.span!)} dB; L/R corr ${range(all.corr!, 2)}`);
  console.log(`two tracks: chroma r ${range(all.chroma!, 2)}; spectra ${range(all.spec!, 2)} dB`);
  console.log(`rendered ${f(renderedSeconds, 0)} s of audio at ${f(renderedSeconds / ((performance.now() - start) / 1000))}x real time (render + measures, one core)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bank = loadSoundBank(readFileSync(soundFontPath(loadConfig({}))));
  await benchArrangement(bank);
}
