/** Where a syllable's sounds lie in a render (samples): onset consonants, vowel, coda. */
export interface SyllableSpan {
  start: number;
  vowelOnset: number;
  vowelEnd: number;
  end: number;
}

/** When a syllable is sung (samples of the output timeline): its first note's start and last note's end. */
export interface SyllableSlot {
  noteStart: number;
  noteEnd: number;
}

/** The steady stretch of a vowel a held note sustains (samples of the sustain source). */
export interface HeldSpan {
  start: number;
  end: number;
}

/** A stretch of output that shows a stretch of the source at a constant rate. */
export interface WarpSegment {
  outStart: number;
  outEnd: number;
  srcStart: number;
  srcEnd: number;
}

/** The warp of one phrase and where each syllable's sound starts on the output. */
export interface PhraseWarp {
  segments: WarpSegment[];
  /** Output sample where each syllable's onset consonants begin. */
  syllableStarts: number[];
}

const LEGATO_S = 0.03;
const MAX_LEAD_S = 0.25;
const MIN_CONSONANT_SCALE = 0.35;
/** Share of a syllable's note time its vowel keeps at least when consonants crowd it. */
const MIN_VOWEL_SHARE = 0.5;
const VOWEL_EDGE_SHARE = 0.25;
/** Vowels held at least this long sustain the steady vowel of the syllable spoken alone. */
const SUSTAIN_FROM_S = 0.45;

/**
 * Lays a phrase spoken as connected speech onto its notes: every vowel starts on its note and is
 * held to the note's end (its first and last quarter at speaking pace, the steady middle
 * stretched), the consonants between two vowels keep their spoken length (squeezed, down to
 * 35 %, only when the notes leave no room) and end on the next note's start, so the onset
 * consonants lead in before the beat as a singer's do. Between notes with a rest, the coda
 * follows its vowel and the next onset leads into its note, with silence between.
 */
export function warpPhrase(spans: readonly SyllableSpan[], slots: readonly SyllableSlot[], sampleRate: number, held: readonly HeldSpan[] = []): PhraseWarp {
  const segments: WarpSegment[] = [];
  const syllableStarts: number[] = [];
  const n = Math.min(spans.length, slots.length);
  for (let k = 0; k < n; k++) {
    const span = spans[k]!;
    const slot = slots[k]!;
    if (k === 0) {
      const onset = span.vowelOnset - span.start;
      const lead = Math.min(onset, Math.round(MAX_LEAD_S * sampleRate), slot.noteStart);
      push(segments, slot.noteStart - lead, slot.noteStart, span.start, span.vowelOnset);
      syllableStarts.push(slot.noteStart - lead);
    }
    const next = spans[k + 1];
    const nextSlot = k + 1 < n ? slots[k + 1] : undefined;
    const coda = span.end - span.vowelEnd;
    let vowelOut: number;
    if (next === undefined || nextSlot === undefined) {
      vowelOut = Math.max(slot.noteStart + 1, slot.noteEnd - Math.round(coda / 2));
      pushVowel(segments, slot.noteStart, vowelOut, span.vowelOnset, span.vowelEnd, sustained(held[k], vowelOut - slot.noteStart, sampleRate));
      push(segments, vowelOut, vowelOut + coda, span.vowelEnd, span.end);
      break;
    }
    const onset = next.vowelOnset - next.start;
    const legato = nextSlot.noteStart - slot.noteEnd < LEGATO_S * sampleRate;
    const restStart = slot.noteEnd - Math.round(coda / 2);
    const restEnd = nextSlot.noteStart - onset;
    if (!legato && restEnd > restStart + coda && restStart > slot.noteStart + (slot.noteEnd - slot.noteStart) * MIN_VOWEL_SHARE) {
      pushVowel(segments, slot.noteStart, restStart, span.vowelOnset, span.vowelEnd, sustained(held[k], restStart - slot.noteStart, sampleRate));
      push(segments, restStart, restStart + coda, span.vowelEnd, span.end);
      push(segments, restEnd, nextSlot.noteStart, next.start, next.vowelOnset);
      syllableStarts.push(restEnd);
    } else {
      const room = nextSlot.noteStart - slot.noteStart;
      const cluster = next.vowelOnset - span.vowelEnd;
      const scale = Math.max(MIN_CONSONANT_SCALE, Math.min(1, (room * (1 - MIN_VOWEL_SHARE)) / Math.max(1, cluster)));
      const clusterOut = Math.min(Math.round(cluster * scale), room - 1);
      const vowelEnd = nextSlot.noteStart - clusterOut;
      pushVowel(segments, slot.noteStart, vowelEnd, span.vowelOnset, span.vowelEnd, sustained(held[k], vowelEnd - slot.noteStart, sampleRate));
      push(segments, vowelEnd, nextSlot.noteStart, span.vowelEnd, next.vowelOnset);
      const nextStartSrcShare = cluster > 0 ? (next.start - span.vowelEnd) / cluster : 0;
      syllableStarts.push(Math.round(vowelEnd + Math.max(0, Math.min(1, nextStartSrcShare)) * clusterOut));
    }
  }
  return { segments, syllableStarts };
}

/**
 * The steady span a vowel is sustained from, for vowels held long enough to need one; shorter
 * vowels stay in the connected speech (measured: sustaining short vowels from the one-by-one
 * render cost a fast rock song most of its recognised words).
 */
function sustained(held: HeldSpan | undefined, vowelSamples: number, sampleRate: number): HeldSpan | undefined {
  return vowelSamples >= SUSTAIN_FROM_S * sampleRate ? held : undefined;
}

/** A vowel: head and tail at speaking pace, the middle sustained from its steady span (or all squeezed when the note is short). */
function pushVowel(segments: WarpSegment[], outStart: number, outEnd: number, srcStart: number, srcEnd: number, held?: HeldSpan): void {
  const src = srcEnd - srcStart;
  const out = outEnd - outStart;
  const edge = Math.round(src * VOWEL_EDGE_SHARE);
  if (out <= src + 2 * edge || edge < 2) {
    push(segments, outStart, outEnd, srcStart, srcEnd);
    return;
  }
  push(segments, outStart, outStart + edge, srcStart, srcStart + edge);
  if (held !== undefined && held.end > held.start) push(segments, outStart + edge, outEnd - edge, held.start, held.end);
  else push(segments, outStart + edge, outEnd - edge, srcStart + edge, srcEnd - edge);
  push(segments, outEnd - edge, outEnd, srcEnd - edge, srcEnd);
}

function push(segments: WarpSegment[], outStart: number, outEnd: number, srcStart: number, srcEnd: number): void {
  if (outEnd <= outStart) return;
  segments.push({ outStart, outEnd, srcStart, srcEnd: Math.max(srcStart, srcEnd) });
}
