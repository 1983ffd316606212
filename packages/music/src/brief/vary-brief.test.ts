import { describe, expect, it } from 'vitest';
import { composeSong } from '../compose/compose-song.ts';
import { interpretRequest } from './interpret-request.ts';
import type { MusicRequest } from './music-request.ts';
import { briefForTake } from './vary-brief.ts';

const request = (prompt: string): MusicRequest => ({ customMode: false, instrumental: true, model: 'V5', prompt, maxSeconds: 480 });

describe('briefForTake', () => {
  it('take 0 is the brief as read; take 1 changes key, tempo (within 8 %), unnamed instruments, kit and form, and keeps title and genre', () => {
    const brief = interpretRequest(request('an upbeat pop song about the city at night'), 5);
    expect(briefForTake(brief, 0, 1)).toBe(brief);
    for (let seed = 1; seed <= 20; seed++) {
      const take = briefForTake(brief, 1, seed);
      expect(take.title).toBe(brief.title);
      expect(take.genre).toBe(brief.genre);
      expect(take.vocalGender).toBe(brief.vocalGender);
      expect(take.key.tonic).not.toBe(brief.key.tonic);
      expect(Math.abs(take.tempo / brief.tempo - 1)).toBeGreaterThanOrEqual(0.03);
      expect(Math.abs(take.tempo / brief.tempo - 1)).toBeLessThanOrEqual(0.08);
      const changed = take.instrumentation.filter((slot, i) => slot.program !== brief.instrumentation[i]!.program);
      expect(changed.length).toBeGreaterThanOrEqual(2);
      const forms = [brief, take].map((b) => composeSong(b, seed).sections.map((s) => s.kind).join());
      expect(forms[0]).not.toBe(forms[1]);
    }
  });

  it('keeps what the request fixed: tempo, key, named instruments and kit', () => {
    const brief = interpretRequest(request('lo-fi hip hop with rhodes and brushes, 84 bpm, in F minor'), 5);
    const take = briefForTake(brief, 1, 77);
    expect(take.tempo).toBe(84);
    expect(take.key).toEqual(brief.key);
    expect(take.drumKit).toBe(brief.drumKit);
    const rhodes = brief.instrumentation.find((s) => s.requested)!;
    expect(take.instrumentation.find((s) => s.role === rhodes.role)!.program).toBe(rhodes.program);
  });

  it('is a pure function of brief, take and seed: same seed, same score', () => {
    const brief = interpretRequest(request('a dreamy synthwave night drive'), 9);
    const score = (seed: number): string => JSON.stringify(composeSong(briefForTake(brief, 1, seed), seed));
    expect(score(31)).toBe(score(31));
    expect(score(31)).not.toBe(score(32));
  });
});
