import type { ChordEvent, KeySignature, ScoreSection } from '../../score.ts';
import { isMajorFamily } from '../../brief/choose-key.ts';
import { parseRoman } from '../theory/roman.ts';

function tonicToken(tokens: readonly string[], key: KeySignature): string {
  const tonic = tokens.flatMap((token) => token.split(',')).find((chord) => /^(I|i)(?![iIvV])/.test(chord));
  return tonic ?? (isMajorFamily(key.mode) ? 'I' : 'i');
}

/** Bar tokens of a progression laid over `bars` bars (intros take the progression's tail as a turnaround). */
function barTokens(progression: string, section: ScoreSection, isLast: boolean, key: KeySignature): string[] {
  const tokens = progression.split(/\s+/).filter((token) => token.length > 0);
  const length = Math.max(1, tokens.length);
  const offset = section.kind === 'intro' && section.bars < length ? length - section.bars : 0;
  const result = Array.from({ length: section.bars }, (_, bar) => tokens[(offset + bar) % length] ?? 'I');
  if (isLast && result.length > 0) result[result.length - 1] = tonicToken(tokens, key);
  return result;
}

/**
 * The chords of one section: the progression repeated over its bars, a bar token split by ","
 * sharing the bar equally; the song's last bar resolves to the tonic.
 */
export function sectionChords(section: ScoreSection, progression: string, key: KeySignature, beatsPerBar: number, isLast: boolean): ChordEvent[] {
  const chords: ChordEvent[] = [];
  barTokens(progression, section, isLast, key).forEach((token, bar) => {
    const parts = token.split(',');
    const length = beatsPerBar / parts.length;
    parts.forEach((numeral, i) => {
      const spec = parseRoman(numeral, key) ?? parseRoman(isMajorFamily(key.mode) ? 'I' : 'i', key);
      if (!spec) return;
      const startBeat = section.startBeat + bar * beatsPerBar + i * length;
      const previous = chords[chords.length - 1];
      if (previous && previous.symbol === spec.symbol && previous.startBeat + previous.durationBeats === startBeat) {
        previous.durationBeats += length;
      } else {
        chords.push({ startBeat, durationBeats: length, ...spec });
      }
    });
  });
  return chords;
}
