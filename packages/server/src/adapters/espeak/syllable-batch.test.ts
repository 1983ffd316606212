import { describe, expect, it } from 'vitest';
import { batchSsml, requestVoice, splitAtSilences } from './syllable-batch.ts';

const SR = 22050;

function tone(seconds: number): Float32Array {
  return Float32Array.from({ length: Math.round(seconds * SR) }, (_, i) => 0.3 * Math.sin(i / 5));
}

function join(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('syllable batches', () => {
  it('splits a batch render at the breaks, trimming the silence', () => {
    const gap = new Float32Array(Math.round(0.3 * SR));
    const pieces = splitAtSilences(join(gap, tone(0.2), gap, tone(0.1), gap, tone(0.25), gap), SR, 3);
    expect(pieces?.map((p) => Math.round((p.length / SR) * 100) / 100)).toEqual([0.2, 0.1, 0.25]);
  });

  it('keeps a stop closure (a short silence) inside its syllable', () => {
    const closure = new Float32Array(Math.round(0.06 * SR));
    const gap = new Float32Array(Math.round(0.3 * SR));
    expect(splitAtSilences(join(tone(0.1), closure, tone(0.1), gap, tone(0.1)), SR, 2)).toHaveLength(2);
  });

  it('returns null when the count does not match, so the batch can be split and retried', () => {
    const gap = new Float32Array(Math.round(0.3 * SR));
    expect(splitAtSilences(join(tone(0.1), gap, tone(0.1)), SR, 3)).toBeNull();
  });

  it('writes one SSML document with a break after each phoneme string, escaped', () => {
    const voice = { gender: 'f', language: 'en' } as const;
    const ssml = batchSsml([{ phonemes: "h'@", pitchHz: 220, voice }, { phonemes: "l'oU<", pitchHz: 220, voice }]);
    expect(ssml).toBe(`<speak>[[h'@]] <break time="300ms"/>[[l'oU&lt;]] <break time="300ms"/></speak>`);
    expect(requestVoice({ phonemes: '', pitchHz: 220, voice })).toBe('en-us+singf229');
  });
});
