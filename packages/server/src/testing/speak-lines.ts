import type { PhonemeSynth, VoiceGender } from '@songloom/audio';

const SPEECH_GAP_S = 0.3;
const SYNTH_RATE = 22050;

/**
 * The singing voice speaking lyric lines, one connected utterance per line on a steady speaking
 * pitch with a short pause between lines: what a recogniser gets at best from this synthesizer,
 * the yardstick for the sung words. 22.05 kHz mono.
 */
export async function speakLines(synth: PhonemeSynth, lines: readonly (readonly string[])[], gender: VoiceGender): Promise<Float32Array> {
  const voice = { gender, language: 'en' as const };
  const pitchHz = gender === 'f' ? 191 : 111;
  const phonemes = await Promise.all(lines.map((l) => synth.phonemize(l, 'en')));
  const audios = await synth.speakSyllables(phonemes.map((words) => ({ phonemes: words.map((w) => w.join('')).join(' '), pitchHz, voice })));
  const gap = new Float32Array(Math.round(SPEECH_GAP_S * SYNTH_RATE));
  const parts = audios.flatMap((a) => [a, gap]);
  const out = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
