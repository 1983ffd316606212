import { ESPEAK_VOICE_BY_LANGUAGE, singingVariantName, type SyllableRequest } from '@songloom/audio';

/** Silence espeak puts between batched syllables, and the shortest silence that splits them. */
const BREAK_MS = 300;
const SPLIT_SILENCE_S = 0.12;
const SILENCE_LEVEL = 2 / 32768;

/**
 * The `-v` voice (base voice + monotone variant) for a request. SSML `<voice>` switches do not
 * apply variants (measured: espeak ignores `name="en-us+x"` and `variant="n"` there), so one
 * invocation sings one (language, gender, pitch) group.
 */
export function requestVoice(r: SyllableRequest): string {
  return `${ESPEAK_VOICE_BY_LANGUAGE[r.voice.language]}+${singingVariantName(r.voice.gender, r.pitchHz)}`;
}

/**
 * One SSML document that sings every request of a group in turn, each followed by a break.
 * The space after `]]` matters: without it espeak reads the next tag as text.
 */
export function batchSsml(requests: readonly SyllableRequest[]): string {
  const body = requests.map((r) => `[[${escapeXml(r.phonemes)}]] <break time="${BREAK_MS}ms"/>`).join('');
  return `<speak>${body}</speak>`;
}

/**
 * Splits a batch render at the silences between syllables. Returns null when the number of
 * sounding stretches is not `expected` (a syllable with a long internal silence).
 */
export function splitAtSilences(x: Float32Array, sampleRate: number, expected: number): Float32Array[] | null {
  const minGap = Math.round(SPLIT_SILENCE_S * sampleRate);
  const pieces: Float32Array[] = [];
  let start = -1;
  let lastLoud = -1;
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i] ?? 0) <= SILENCE_LEVEL) continue;
    if (start < 0) start = i;
    else if (i - lastLoud > minGap) {
      pieces.push(x.slice(start, lastLoud + 1));
      start = i;
    }
    lastLoud = i;
  }
  if (start >= 0) pieces.push(x.slice(start, lastLoud + 1));
  return pieces.length === expected ? pieces : null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
