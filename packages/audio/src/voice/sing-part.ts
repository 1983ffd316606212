import { createRng, type Part } from '@songloom/music';
import { alignRenders } from './align-renders.ts';
import { addAirAndBreaths } from './air-band.ts';
import { findPitchMarks } from './pitch-marks.ts';
import { SYNTH_SAMPLE_RATE, type PhonemeSynth, type SingingLanguage, type SyllableRequest, type VoiceGender } from './phoneme-synth.ts';
import { phrasePhonemes, splitPhrases, type Phrase } from './phrases.ts';
import { warpPhrase, type HeldSpan, type SyllableSpan } from './phrase-warp.ts';
import { overlapAddGrains, nearestMark, type GrainPlan } from './psola.ts';
import { syllablePhonemes } from './phoneme-syllables.ts';
import { resample } from './resample.ts';
import { buildSungSyllables, collectWords, speakableWord, type SungSyllable } from './sung-syllables.ts';
import { sungPitchCurve, type PitchedNote } from './sung-pitch.ts';
import { findVowelAnchors } from './vowel-anchors.ts';
import { midiToHz } from './voice-range.ts';
import { renderablePitch } from './render-pitches.ts';
import { vocalStyleFor, type VocalStyle } from './vocal-style.ts';

/** Options of {@link singPart}. */
export interface SingOptions {
  /** Quarter notes per minute. */
  tempo: number;
  language: SingingLanguage;
  voice: VoiceGender;
  synth: PhonemeSynth;
  /** Output sample rate (default 44100). */
  sampleRate?: number;
  /** Delivery (vibrato, scoops, drift, breath); default: the base pop delivery. */
  style?: VocalStyle;
  /** Seed of the singer's small irregularities (drift, jitter, shimmer); default 1. */
  seed?: number;
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
const MAX_PEAK = 0.89;
/** Segments read slower than this are held vowels: always sung on the note's pitch. */
const HELD_RATE = 0.7;
/** Lowest pitches espeak renders a part at: PSOLA raises pitch cleanly, lowering it far does not. */
const RENDER_FLOOR_HZ: Readonly<Record<VoiceGender, number>> = { m: 90, f: 160 };
const RENDER_CEILING_HZ: Readonly<Record<VoiceGender, number>> = { m: 140, f: 230 };

/**
 * Sings a vocal part. Each phrase (syllables between breaths) is spoken by the synthesizer as
 * connected speech on one steady pitch, so words keep their coarticulation and consonants
 * their spoken length; the same syllables spoken one by one locate, by dynamic time warping,
 * each syllable's consonants and vowel inside the phrase. TD-PSOLA then lays the phrase on the
 * notes: vowels start on their notes and are held to their ends, consonants lead in before the
 * beat, and the pitch follows the notes with scoops, glides, vibrato, drift, jitter and
 * shimmer while the formants stay where speech put them. The line is resampled to `sampleRate`
 * with an air band and breaths before phrases added (peak kept under −1 dBFS).
 */
export async function singPart(part: Part, options: SingOptions): Promise<SungPart> {
  const outRate = options.sampleRate ?? 44100;
  const beatS = 60 / options.tempo;
  const style = options.style ?? vocalStyleFor(undefined);
  const rng = createRng(options.seed ?? 1).fork(`voice:${part.id}`);
  const endS = part.notes.reduce((m, n) => Math.max(m, (n.startBeat + n.durationBeats) * beatS), 0);
  const words = collectWords(part);
  const phonemes = await options.synth.phonemize(words.map((w) => speakableWord(w.word)), options.language);
  const syllables = buildSungSyllables(words, phonemes);
  const phrases = splitPhrases(syllables, beatS);
  const renderHz = partRenderPitch(part, options.voice);
  const voice = { gender: options.voice, language: options.language };
  const isolated = syllables.map((s) => ({ phonemes: syllablePhonemes(s.syllable.onset, s.syllable.vowel, s.syllable.coda), pitchHz: renderHz, voice }));
  const connected = phrases.map((p) => ({ phonemes: phrasePhonemes(p), pitchHz: renderHz, voice }));
  const rendered = await renderUnique([...isolated, ...connected], options.synth);
  const timeline = new Float32Array(Math.ceil(endS * SR) + 1);
  const pitch = sungPitchCurve(pitchedNotes(syllables, beatS), style, () => rng.next());
  const sungWords = new Map<number, SungWord>();
  const periodSamples = SR / renderHz;
  for (const phrase of phrases) {
    const source = rendered.get(requestKey(connected[phrases.indexOf(phrase)]!)) ?? new Float32Array(0);
    const references = phrase.syllables.map((_, k) => rendered.get(requestKey(isolated[phrase.first + k]!)) ?? new Float32Array(0));
    const { spans, held, sustain } = locateSyllables(references, source);
    const slots = phrase.syllables.map((s) => ({
      noteStart: Math.round((s.notes[0]?.startBeat ?? 0) * beatS * SR),
      noteEnd: Math.round(((s.notes.at(-1)?.startBeat ?? 0) + (s.notes.at(-1)?.durationBeats ?? 0)) * beatS * SR),
    }));
    const warp = warpPhrase(spans, slots, SR, held);
    const marks = findPitchMarks(sustain, periodSamples);
    const grains: GrainPlan[] = [];
    let markHint = 0;
    const gainAt = phraseDynamics(phrase, slots);
    let t = warp.segments[0]?.outStart ?? 0;
    for (const seg of warp.segments) {
      t = Math.max(t, seg.outStart);
      const rate = (seg.srcEnd - seg.srcStart) / Math.max(1, seg.outEnd - seg.outStart);
      while (t < seg.outEnd) {
        const src = seg.srcStart + (t - seg.outStart) * rate;
        markHint = nearestMark(marks.at, src, markHint);
        const voiced = rate < HELD_RATE || marks.voiced[markHint] === 1;
        const gain = gainAt(t) * 10 ** ((style.shimmerDb * gaussian(() => rng.next())) / 20);
        grains.push({ at: t, source: src, gain });
        t += voiced ? (SR / pitch(t / SR)) * (1 + style.jitter * gaussian(() => rng.next())) : periodSamples;
      }
    }
    const from = Math.max(0, Math.floor((grains[0]?.at ?? 0) - 2 * periodSamples));
    const to = Math.min(timeline.length, Math.ceil((grains.at(-1)?.at ?? 0) + 2 * periodSamples));
    for (const g of grains) g.at -= from;
    addInto(timeline, overlapAddGrains(sustain, marks, periodSamples, grains, Math.max(0, to - from)), from);
    phrase.syllables.forEach((s, k) => {
      const startS = (warp.syllableStarts[k] ?? slots[k]!.noteStart) / SR;
      const word = sungWords.get(s.wordIndex) ?? { word: s.word, startS, endS: startS };
      word.endS = slots[k]!.noteEnd / SR;
      sungWords.set(s.wordIndex, word);
    });
  }
  const upsampled = fitLength(resample(timeline, SR, outRate), Math.round(endS * outRate));
  const phraseStarts = phrases.map((p) => ({ startS: sungWords.get(p.syllables[0]!.wordIndex)?.startS ?? 0, restBeforeS: p.restBeforeS }));
  const audio = limitPeak(addAirAndBreaths(upsampled, outRate, phraseStarts, style, rng.fork('air')));
  return { audio, words: [...sungWords.values()] };
}

/** One pitch for the whole part, at or just under its lowest note, so PSOLA mostly raises pitch. */
function partRenderPitch(part: Part, gender: VoiceGender): number {
  const lowest = part.notes.reduce((m, n) => Math.min(m, midiToHz(n.pitch)), Infinity);
  const hz = Math.min(RENDER_CEILING_HZ[gender], Math.max(RENDER_FLOOR_HZ[gender], Number.isFinite(lowest) ? lowest : RENDER_FLOOR_HZ[gender]));
  return renderablePitch(hz);
}

/**
 * Each syllable's span inside the connected render, found by aligning the one-by-one renders to
 * it; and where each vowel is steady in its one-by-one render, which a held note sustains (a
 * stressed syllable spoken alone reaches its vowel's target; connected speech often only passes
 * by). `sustain` is the connected render followed by the one-by-one renders: the held spans index
 * into its second half.
 */
function locateSyllables(references: readonly Float32Array[], source: Float32Array): { spans: SyllableSpan[]; held: HeldSpan[]; sustain: Float32Array } {
  const total = references.reduce((s, r) => s + r.length, 0);
  const sustain = new Float32Array(source.length + total);
  sustain.set(source);
  const spans: SyllableSpan[] = [];
  const held: HeldSpan[] = [];
  let at = 0;
  for (const r of references) {
    sustain.set(r, source.length + at);
    const anchors = findVowelAnchors(r, SR);
    spans.push({ start: at, vowelOnset: at + anchors.vowelOnset, vowelEnd: at + Math.max(anchors.steadyEnd, anchors.vowelOnset + 1), end: at + r.length });
    held.push({ start: source.length + at + anchors.steadyStart, end: source.length + at + Math.max(anchors.steadyStart + 1, anchors.steadyEnd) });
    at += r.length;
  }
  if (source.length === 0 || total === 0) return { spans, held, sustain };
  const map = alignRenders(sustain.subarray(source.length), source, SR);
  const mapped = spans.map((s) => ({ start: map(s.start), vowelOnset: map(s.vowelOnset), vowelEnd: map(s.vowelEnd), end: map(s.end) }));
  mapped[0]!.start = 0;
  mapped[mapped.length - 1]!.end = source.length;
  for (let k = 0; k < mapped.length; k++) {
    const s = mapped[k]!;
    s.vowelOnset = Math.max(s.start, s.vowelOnset);
    s.vowelEnd = Math.max(s.vowelOnset + 1, s.vowelEnd);
    s.end = Math.max(s.vowelEnd, s.end);
  }
  return { spans: mapped, held, sustain };
}

function pitchedNotes(syllables: readonly SungSyllable[], beatS: number): PitchedNote[] {
  const notes = syllables.flatMap((s) => s.notes).sort((a, b) => a.startBeat - b.startBeat);
  return notes.map((n, i) => {
    const prev = notes[i - 1];
    const startS = n.startBeat * beatS;
    const legato = prev !== undefined && startS - (prev.startBeat + prev.durationBeats) * beatS < 0.03;
    return { startS, endS: (n.startBeat + n.durationBeats) * beatS, hz: midiToHz(n.pitch), ...(legato && prev ? { legatoFromHz: midiToHz(prev.pitch) } : {}) };
  });
}

/** Phrase arc (softer start, fullest at 40 %) and weaker unstressed syllables, in output samples. */
function phraseDynamics(phrase: Phrase, slots: ReadonlyArray<{ noteStart: number; noteEnd: number }>): (t: number) => number {
  const start = slots[0]?.noteStart ?? 0;
  const end = slots.at(-1)?.noteEnd ?? start + 1;
  const stressed = phrase.syllables.map((s) => s.notes[0]?.lyric?.stressed !== false);
  return (t) => {
    const p = Math.min(1, Math.max(0, (t - start) / Math.max(1, end - start)));
    const arc = p < 0.4 ? 0.82 + 0.18 * (p / 0.4) : 1 - 0.12 * ((p - 0.4) / 0.6);
    let k = 0;
    while (k + 1 < slots.length && (slots[k + 1]?.noteStart ?? Infinity) <= t) k++;
    return arc * (stressed[k] ? 1 : 0.86);
  };
}

function requestKey(r: SyllableRequest): string {
  return `${r.voice.language}|${r.voice.gender}|${r.pitchHz.toFixed(2)}|${r.phonemes}`;
}

async function renderUnique(requests: SyllableRequest[], synth: PhonemeSynth): Promise<Map<string, Float32Array>> {
  const unique = new Map<string, SyllableRequest>();
  for (const r of requests) unique.set(requestKey(r), r);
  const audios = await synth.speakSyllables([...unique.values()]);
  const out = new Map<string, Float32Array>();
  [...unique.keys()].forEach((key, i) => out.set(key, audios[i] ?? new Float32Array(0)));
  return out;
}

function addInto(target: Float32Array, source: Float32Array, offset: number): void {
  const end = Math.min(source.length, target.length - offset);
  for (let i = 0; i < end; i++) target[offset + i] = target[offset + i]! + source[i]!;
}

function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
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
