import { GeneratorTypes as G, InterpolationTypes, type SpessaSynthProcessor } from 'spessasynth_core';
import { renderVoiceBlock, type BiquadState, type HermiteState, type VoiceBlock } from './voice-kernel.ts';
import { belowFloorLongEnough, type QuietRuns } from './release-floor.ts';
import { PAN_LEFT, PAN_RIGHT, absCentsToHz, cbAttenuationToGain } from './synth-units.ts';

/**
 * spessasynth_core 4.3.x renders each voice (`MIDIChannel.renderVoice`) in five passes over a
 * scratch buffer, the oscillator a method call of its own: with 60+ voices that is most of the
 * render. This module swaps, on one synth instance's channels, `renderVoice` for a version with the
 * same per-block control arithmetic (tuning, LFOs, envelopes, filter cutoff, pan) and one fused
 * per-sample loop ({@link renderVoiceBlock}), sample-identical. Cases it does not cover (other
 * interpolation, insertion or delay effects) go to spessasynth's own method; if the channel or voice
 * shape is not the one expected (another spessasynth version), nothing is changed.
 */

type RenderVoice = (voice: Voice, timeNow: number, outL: Float32Array, outR: Float32Array, start: number, count: number) => void;

interface Voice {
  isActive: boolean;
  isInRelease: boolean;
  hasRendered: boolean;
  releaseStartTime: number;
  startTime: number;
  loopingMode: number;
  modulatedGenerators: Int16Array;
  targetKey: number;
  rootKey: number;
  midiNote: number;
  pitchOffset: number;
  portamentoFromKey: number;
  portamentoDuration: number;
  gainModifier: number;
  vibLfoStartTime: number;
  vibLfoPhase: number;
  modLfoStartTime: number;
  modLfoPhase: number;
  resonanceOffset: number;
  tuningCents: number;
  tuningRatio: number;
  overridePan: number;
  currentPan: number;
  reverbSend: number;
  chorusSend: number;
  volEnv: { outputGain: number; startRelease(v: Voice): void; process(count: number, gainTarget: number): boolean };
  modEnv: { startRelease(v: Voice): void; process(v: Voice, time: number): number };
  wavetable: HermiteState & { playbackStep: number };
  oscillators: unknown[];
  filter: BiquadState & {
    initialized: boolean;
    currentInitialFc: number;
    lastTargetCutoff: number;
    resonanceCb: number;
    calculateCoefficients(cents: number): void;
    constructor: { smoothingConstant: number };
  };
}

interface Core {
  sampleRate: number;
  tunings: Float32Array | number[];
  panSmoothingFactor: number;
  insertionActive: boolean;
  delayActive: boolean;
  reverbInput: Float32Array;
  chorusInput: Float32Array;
  systemParameters: { effectsEnabled: boolean; reverbGain: number; chorusGain: number };
  midiChannels: Channel[];
  voices: Voice[];
}

interface Channel {
  synthCore: Core;
  renderVoice: RenderVoice;
  octaveTuning: Int8Array | number[];
  currentTuning: number;
  currentGain: number;
  currentPan: number;
  preset: { program: number } | undefined;
  _midiParameters: { efxAssign: unknown };
}

/** Options of {@link accelerateVoices}. */
export interface FastVoiceOptions {
  /**
   * Ends a releasing voice once its loudest sample in a block, after envelope, gain and pan, falls
   * below this linear level (e.g. 1e-4 = -80 dBFS). 0 (default) keeps spessasynth's rule (envelope
   * under -90 dB), which is sample-identical.
   */
  releaseFloor?: number | undefined;
}

/** Returns true when the fast voice path was installed on this synth's channels. */
export function accelerateVoices(synth: SpessaSynthProcessor, options: FastVoiceOptions = {}): boolean {
  const core = (synth as unknown as { synthCore?: unknown }).synthCore;
  if (!isCore(core)) return false;
  const floor = options.releaseFloor ?? 0;
  const quiet = new Map() as QuietRuns;
  for (const channel of core.midiChannels) {
    const original = channel.renderVoice;
    channel.renderVoice = (voice, timeNow, outL, outR, start, count) => {
      if (!canFuse(channel, core, voice)) return original(voice, timeNow, outL, outR, start, count);
      renderFused(channel, core, voice, timeNow, outL, outR, start, count, floor, quiet);
    };
  }
  return true;
}

function isCore(value: unknown): value is Core {
  if (typeof value !== 'object' || value === null) return false;
  const core = value as Partial<Core>;
  const voice = core.voices?.[0] as Partial<Voice> | undefined;
  const channel = core.midiChannels?.[0] as Partial<Channel> | undefined;
  return (
    InterpolationTypes.hermite === 2 &&
    typeof channel?.renderVoice === 'function' &&
    typeof channel.currentGain === 'number' &&
    typeof channel.currentTuning === 'number' &&
    core.reverbInput instanceof Float32Array &&
    core.chorusInput instanceof Float32Array &&
    typeof core.panSmoothingFactor === 'number' &&
    voice?.modulatedGenerators instanceof Int16Array &&
    Array.isArray(voice.oscillators) &&
    voice.oscillators.length === 3 &&
    typeof voice.volEnv?.process === 'function' &&
    typeof voice.filter?.calculateCoefficients === 'function' &&
    typeof voice.filter.constructor.smoothingConstant === 'number' &&
    typeof voice.vibLfoPhase === 'number' &&
    typeof voice.tuningRatio === 'number'
  );
}

function canFuse(channel: Channel, core: Core, voice: Voice): boolean {
  return (
    voice.wavetable === voice.oscillators[InterpolationTypes.hermite] &&
    !core.delayActive &&
    !(channel._midiParameters.efxAssign && core.systemParameters.effectsEnabled && core.insertionActive)
  );
}

/** What the block-rate modulation of one voice yields (reused, never escapes). */
const mod = { cents: 0, semitones: 0, lowpassExcursion: 0, volumeCb: 0, voiceGain: 0 };

/** Tuning, LFOs and the modulation envelope, in spessasynth's order and arithmetic. */
function modulate(channel: Channel, core: Core, voice: Voice, timeNow: number, count: number): void {
  const m = voice.modulatedGenerators;
  let targetKey = voice.targetKey;
  let cents = voice.pitchOffset + m[G.fineTune]! + channel.octaveTuning[targetKey]! + channel.currentTuning;
  let semitones = m[G.coarseTune]!;
  const tuning = core.tunings[channel.preset!.program * 128 + voice.midiNote]!;
  if (tuning !== -1) {
    targetKey = Math.trunc(tuning);
    semitones += tuning - targetKey;
  }
  if (voice.portamentoFromKey > -1) {
    const elapsed = Math.min((timeNow - voice.startTime) / voice.portamentoDuration, 1);
    semitones -= (targetKey - voice.portamentoFromKey) * (1 - elapsed);
  }
  cents += (targetKey - voice.rootKey) * m[G.scaleTuning]!;
  let lowpassExcursion = 0;
  let volumeCb = 0;
  let voiceGain = voice.gainModifier * (1 + m[G.amplitude]! / 1e3);
  if (timeNow >= voice.vibLfoStartTime) {
    const pitchDepth = m[G.vibLfoToPitch]!, filterDepth = m[G.vibLfoToFilterFc]!, ampDepth = m[G.vibLfoAmplitudeDepth]!;
    if (pitchDepth !== 0 || filterDepth !== 0 || ampDepth !== 0) {
      const rateInc = (Math.max(0, absCentsToHz(m[G.freqVibLFO]!) + m[G.vibLfoRate]! / 100) * count) / core.sampleRate;
      const value = 1 - 4 * Math.abs(voice.vibLfoPhase - 0.5);
      if ((voice.vibLfoPhase += rateInc) >= 1) voice.vibLfoPhase -= 1;
      cents += value * pitchDepth;
      lowpassExcursion += value * filterDepth;
      voiceGain *= 1 - ((value + 1) / 2) * (ampDepth / 1e3);
    }
  }
  if (timeNow >= voice.modLfoStartTime) {
    const pitchDepth = m[G.modLfoToPitch]!, volDepth = m[G.modLfoToVolume]!, filterDepth = m[G.modLfoToFilterFc]!;
    const ampDepth = m[G.modLfoAmplitudeDepth]!;
    if (pitchDepth !== 0 || filterDepth !== 0 || volDepth !== 0 || ampDepth !== 0) {
      const rateInc = (Math.max(0, absCentsToHz(m[G.freqModLFO]!) + m[G.modLfoRate]! / 100) * count) / core.sampleRate;
      const value = 1 - 4 * Math.abs(voice.modLfoPhase - 0.5);
      if ((voice.modLfoPhase += rateInc) >= 1) voice.modLfoPhase -= 1;
      cents += value * pitchDepth;
      volumeCb += -value * volDepth;
      lowpassExcursion += value * filterDepth;
      voiceGain *= 1 - ((value + 1) / 2) * (ampDepth / 1e3);
    }
  }
  const envPitchDepth = m[G.modEnvToPitch]!, envFilterDepth = m[G.modEnvToFilterFc]!;
  if (envFilterDepth !== 0 || envPitchDepth !== 0) {
    const env = voice.modEnv.process(voice, timeNow);
    lowpassExcursion += env * envFilterDepth;
    cents += env * envPitchDepth;
  }
  mod.cents = cents;
  mod.semitones = semitones;
  mod.lowpassExcursion = lowpassExcursion;
  mod.volumeCb = volumeCb - voice.resonanceOffset;
  mod.voiceGain = voiceGain;
}

const job: VoiceBlock = {
  wavetable: { isLooping: false, sampleData: new Float32Array(4), loopEnd: 0, loopLength: 0, end: 0, cursor: 0 },
  step: 0,
  filtered: false,
  filter: { a0: 0, a1: 0, a2: 0, a3: 0, a4: 0, x1: 0, x2: 0, y1: 0, y2: 0 },
  gain: 0,
  gainInc: 0,
  gainLeft: 0,
  gainRight: 0,
  reverbGain: 0,
  chorusGain: 0,
  outL: new Float32Array(0),
  outR: new Float32Array(0),
  reverb: new Float32Array(0),
  chorus: new Float32Array(0),
  start: 0,
  count: 0,
  trackPeak: false,
};

/** spessasynth's `renderVoice` with the per-sample passes fused; `floor` as {@link FastVoiceOptions.releaseFloor}. */
function renderFused(
  channel: Channel, core: Core, voice: Voice, timeNow: number, outL: Float32Array, outR: Float32Array, start: number, count: number,
  floor: number, quiet: QuietRuns,
): void {
  if (!voice.isInRelease && timeNow >= voice.releaseStartTime) {
    voice.isInRelease = true;
    voice.volEnv.startRelease(voice);
    voice.modEnv.startRelease(voice);
    if (voice.loopingMode === 3) voice.wavetable.isLooping = false;
  }
  voice.hasRendered = true;
  if (!voice.isActive) return;
  modulate(channel, core, voice, timeNow, count);
  const m = voice.modulatedGenerators;
  const centsTotal = mod.cents + mod.semitones * 100;
  if ((centsTotal | 0) !== voice.tuningCents) {
    voice.tuningCents = centsTotal | 0;
    voice.tuningRatio = Math.pow(2, centsTotal / 1200);
  }
  const gainTarget = cbAttenuationToGain(m[G.initialAttenuation]!) * cbAttenuationToGain(mod.volumeCb);
  if (voice.loopingMode === 2 && !voice.isInRelease) {
    voice.isActive = voice.volEnv.process(count, gainTarget);
    return;
  }
  const gain = voice.volEnv.outputGain;
  const envActive = voice.volEnv.process(count, gainTarget);
  job.gain = gain;
  job.gainInc = (voice.volEnv.outputGain - gain) / count;
  job.filtered = prepareFilter(voice, mod.lowpassExcursion);
  let pan: number;
  if (voice.overridePan) pan = voice.overridePan;
  else {
    voice.currentPan += (m[G.pan]! - voice.currentPan) * core.panSmoothingFactor;
    pan = voice.currentPan;
  }
  const outputGain = channel.currentGain * mod.voiceGain;
  const index = (Math.min(Math.max(-500, pan + channel.currentPan), 500) + 500) | 0;
  const { systemParameters: params } = core;
  const reverbSend = m[G.reverbEffectsSend]! * voice.reverbSend;
  const chorusSend = m[G.chorusEffectsSend]! * voice.chorusSend;
  job.gainLeft = PAN_LEFT[index]! * outputGain;
  job.gainRight = PAN_RIGHT[index]! * outputGain;
  job.reverbGain = params.effectsEnabled && reverbSend > 0 ? params.reverbGain * outputGain * (reverbSend / 1e3) : 0;
  job.chorusGain = params.effectsEnabled && chorusSend > 0 ? params.chorusGain * (chorusSend / 1e3) * outputGain : 0;
  job.wavetable = voice.wavetable;
  job.step = voice.tuningRatio * voice.wavetable.playbackStep;
  job.filter = voice.filter;
  job.outL = outL;
  job.outR = outR;
  job.reverb = core.reverbInput;
  job.chorus = core.chorusInput;
  job.start = start;
  job.count = count;
  job.trackPeak = floor > 0 && voice.isInRelease;
  const peak = renderVoiceBlock(job);
  voice.isActive = peak >= 0 && envActive;
  if (job.trackPeak && voice.isActive) {
    const level = peak * Math.max(Math.abs(job.gainLeft), Math.abs(job.gainRight));
    voice.isActive = !belowFloorLongEnough(quiet, voice, level, floor, count / core.sampleRate);
  }
}

/** Smooths the cutoff and refreshes the biquad coefficients; false when spessasynth bypasses the filter. */
function prepareFilter(voice: Voice, lowpassExcursion: number): boolean {
  const f = voice.filter;
  const initialFc = voice.modulatedGenerators[G.initialFilterFc]!;
  if (f.initialized) f.currentInitialFc += (initialFc - f.currentInitialFc) * f.constructor.smoothingConstant;
  else {
    f.initialized = true;
    f.currentInitialFc = initialFc;
  }
  const targetCutoff = f.currentInitialFc + lowpassExcursion;
  const resonance = voice.modulatedGenerators[G.initialFilterQ]!;
  if (f.currentInitialFc > 13499 && targetCutoff > 13499 && resonance === 0) {
    f.currentInitialFc = 13500;
    return false;
  }
  if (Math.abs(f.lastTargetCutoff - targetCutoff) > 1 || f.resonanceCb !== resonance) {
    f.lastTargetCutoff = targetCutoff;
    f.resonanceCb = resonance;
    f.calculateCoefficients(targetCutoff);
  }
  return true;
}
