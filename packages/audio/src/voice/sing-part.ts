import type { Part } from '@songloom/music';
import { fadeInWeight } from './crossfade.ts';
import { buildNoteSegment } from './note-segment.ts';
import { SYNTH_SAMPLE_RATE, type PhonemeSynth, type SingingLanguage, type SyllableRequest, type VoiceGender } from './phoneme-synth.ts';
import { syllablePhonemes } from './phoneme-syllables.ts';
import { resample } from './resample.ts';
import { buildSungSyllables, collectWords, speakableWord, type SungSyllable } from './sung-syllables.ts';
import { findVowelAnchors, type VowelAnchors } from './vowel-anchors.ts';
import { midiToHz } from './voice-range.ts';
import { planRenderPitches } from './render-pitches.ts';
import { syllableStarts, type SyllableHead, type SyllableStart } from './syllable-timing.ts';

/** Options of {@link singPart}. */
export interface SingOptions {
  /** Quarter notes per minute. */
  tempo: number;
  language: SingingLanguage;
  voice: VoiceGender;
  synth: PhonemeSynth;
  /** Output sample rate (default 44100). */
  sampleRate?: number;
}

/** A sung word and when it is heard: from its first consonant to the end of its last note. */
export interface SungWord {
  word: string;
  startS: number;
  endS: number;
}

/** The rendered vocal line. */
export interface SungPart {
  /** Mono, at the requested sample rate, as long as the part (its last note end). */
  audio: Float32Array;
  words: SungWord[];
}

const SR = SYNTH_SAMPLE_RATE;
const MELISMA_XFADE_S = 0.02;
const ADJACENT_S = 0.03;
const MAX_PEAK = 0.89;

interface Rendered {
  audio: Float32Array;
  anchors: VowelAnchors;
}

/**
 * Sings a vocal part: each syllable's vowel starts on its note (onset consonants lead in before
 * the beat, see `syllableStarts`), vowels are held by looping, melismas glide between notes on
 * the same vowel, then the line is resampled to `sampleRate` (peak kept under −1 dBFS).
 * Syllables render once per pitch group (`planRenderPitches`) and are shifted onto their notes.
 */
export async function singPart(part: Part, options: SingOptions): Promise<SungPart> {
  const outRate = options.sampleRate ?? 44100;
  const beatS = 60 / options.tempo;
  const endS = part.notes.reduce((m, n) => Math.max(m, (n.startBeat + n.durationBeats) * beatS), 0);
  const words = collectWords(part);
  const phonemes = await options.synth.phonemize(words.map((w) => speakableWord(w.word)), options.language);
  const syllables = buildSungSyllables(words, phonemes);
  const renderPitches = planRenderPitches(part.notes.map((n) => midiToHz(n.pitch)));
  const plans = syllables.map((s) => notePlans(s, options, renderPitches));
  const rendered = await renderUnique(plans.flat().map((p) => p.request), options.synth);
  const timeline = new Float32Array(Math.ceil(endS * SR) + 1);
  const sungWords = new Map<number, SungWord>();
  const starts = syllableStarts(syllables, plans.map((p) => firstNoteHead(p[0], rendered)), SR, beatS);
  syllables.forEach((syl, i) => {
    const start = starts[i] ?? { at: 0, skip: 0 };
    const cutAt = starts[i + 1]?.at ?? Math.round(endS * SR);
    const end = placeSyllable(timeline, syl, plans[i] ?? [], rendered, start, cutAt, beatS);
    const word = sungWords.get(syl.wordIndex) ?? { word: syl.word, startS: start.at / SR, endS: end / SR };
    word.endS = end / SR;
    sungWords.set(syl.wordIndex, word);
  });
  const audio = limitPeak(fitLength(resample(timeline, SR, outRate), Math.round(endS * outRate)));
  return { audio, words: [...sungWords.values()] };
}

/** One note of a syllable: what espeak renders and the pitch the note is sung at. */
interface NotePlan {
  request: SyllableRequest;
  targetHz: number;
}

function notePlans(s: SungSyllable, options: SingOptions, renderPitches: ReadonlyMap<number, number>): NotePlan[] {
  const voice = { gender: options.voice, language: options.language };
  const { onset, vowel, coda } = s.syllable;
  const last = s.notes.length - 1;
  return s.notes.map((note, j) => {
    const targetHz = midiToHz(note.pitch);
    const phonemes = syllablePhonemes(j === 0 ? onset : [], vowel, j === last ? coda : []);
    return { request: { phonemes, pitchHz: renderPitches.get(targetHz) ?? targetHz, voice }, targetHz };
  });
}

/** The first note's consonant lead-in, in timeline samples, and how fast its render is read. */
function firstNoteHead(plan: NotePlan | undefined, rendered: Map<string, Rendered>): SyllableHead | undefined {
  if (plan === undefined) return undefined;
  const shift = plan.targetHz / plan.request.pitchHz;
  return { onset: (rendered.get(requestKey(plan.request))?.anchors.vowelOnset ?? 0) / shift, shift };
}

function requestKey(r: SyllableRequest): string {
  return `${r.voice.language}|${r.voice.gender}|${r.pitchHz.toFixed(2)}|${r.phonemes}`;
}

async function renderUnique(requests: SyllableRequest[], synth: PhonemeSynth): Promise<Map<string, Rendered>> {
  const unique = new Map<string, SyllableRequest>();
  for (const r of requests) unique.set(requestKey(r), r);
  const audios = await synth.speakSyllables([...unique.values()]);
  const out = new Map<string, Rendered>();
  [...unique.keys()].forEach((key, i) => {
    const audio = audios[i] ?? new Float32Array(0);
    out.set(key, { audio, anchors: findVowelAnchors(audio, SR) });
  });
  return out;
}

/** Mixes one syllable's notes into the timeline; returns the sample where it ends. */
function placeSyllable(
  timeline: Float32Array,
  s: SungSyllable,
  plans: NotePlan[],
  rendered: Map<string, Rendered>,
  start: SyllableStart,
  cutAt: number,
  beatS: number,
): number {
  const xfade = Math.round(MELISMA_XFADE_S * SR);
  let end = start.at;
  s.notes.forEach((note, j) => {
    const plan = plans[j];
    const r = plan === undefined ? undefined : rendered.get(requestKey(plan.request));
    if (plan === undefined || r === undefined || r.audio.length === 0) return;
    const noteStart = Math.round(note.startBeat * beatS * SR);
    const noteEnd = Math.min(cutAt, Math.round((note.startBeat + note.durationBeats) * beatS * SR));
    const next = s.notes[j + 1];
    const prev = s.notes[j - 1];
    const joinsNext = next !== undefined && next.startBeat * beatS * SR - noteEnd < ADJACENT_S * SR;
    const joinedFromPrev = prev !== undefined && noteStart - end < ADJACENT_S * SR;
    const segStart = j === 0 ? start.at : noteStart;
    const segEnd = joinsNext ? noteEnd + xfade : noteEnd;
    if (segEnd <= segStart) return;
    const seg = buildNoteSegment({
      render: r.audio,
      anchors: r.anchors,
      sampleRate: SR,
      pitchHz: plan.targetHz,
      renderPitchHz: plan.request.pitchHz,
      length: segEnd - segStart,
      keepHead: j === 0,
      headSkip: j === 0 ? start.skip : 0,
      keepTail: next === undefined,
      ...(joinedFromPrev && prev !== undefined ? { glideFromHz: plans[j - 1]?.targetHz ?? plan.targetHz } : {}),
    });
    mixWithFades(timeline, seg, segStart, j > 0 ? xfade : 0, joinsNext ? xfade : next !== undefined ? Math.round(0.012 * SR) : 0);
    end = Math.min(segEnd, timeline.length);
  });
  return end;
}

function mixWithFades(timeline: Float32Array, seg: Float32Array, at: number, fadeIn: number, fadeOut: number): void {
  for (let i = 0; i < seg.length; i++) {
    const t = at + i;
    if (t < 0 || t >= timeline.length) continue;
    let g = 1;
    if (i < fadeIn) g *= fadeInWeight(i, fadeIn);
    if (i >= seg.length - fadeOut) g *= fadeInWeight(seg.length - 1 - i, fadeOut);
    timeline[t] = (timeline[t] ?? 0) + g * (seg[i] ?? 0);
  }
}

/** Scales the line down when overlapping syllables push its peak over −1 dBFS. */
function limitPeak(x: Float32Array): Float32Array {
  let peak = 0;
  for (let i = 0; i < x.length; i++) peak = Math.max(peak, Math.abs(x[i]!));
  if (peak <= MAX_PEAK) return x;
  const g = MAX_PEAK / peak;
  for (let i = 0; i < x.length; i++) x[i] = x[i]! * g;
  return x;
}

function fitLength(x: Float32Array, length: number): Float32Array {
  if (x.length === length) return x;
  const out = new Float32Array(length);
  out.set(x.subarray(0, Math.min(length, x.length)));
  return out;
}
