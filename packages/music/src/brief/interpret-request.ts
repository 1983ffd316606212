import { createRng, type Rng } from '../rng.ts';
import type { Brief, Exclusions, InstrumentSlot } from './brief.ts';
import { assignInstruments } from './assign-instruments.ts';
import { chooseKey } from './choose-key.ts';
import { detectGenre } from './detect-genre.ts';
import { DRUM_KIT_WORDS, DRUM_WORDS, findInstruments, type InstrumentMention } from './find-instruments.ts';
import { generateTitle } from './generate-title.ts';
import type { GenreId, GenreProfile } from './genre-profile.ts';
import { genreProfile } from './genres/index.ts';
import type { MusicRequest } from './music-request.ts';
import { detectMoods, MOOD_EFFECTS, type Mood } from './mood-words.ts';
import { inlineNegations, parseNegativeTags } from './negative-tags.ts';
import { parseKey, parseModeOnly } from './parse-key.ts';
import { parseMeter } from './parse-meter.ts';
import { parseTempo } from './parse-tempo.ts';
import { soundColour } from './sound-words.ts';
import { targetLength } from './target-length.ts';
import { detectTempoWord, type TempoWord } from './tempo-words.ts';
import { findPhrase, hashText, hasAnyPhrase, normalizeText } from './text-match.ts';

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function fallbackGenre(moods: readonly Mood[], meter: { numerator: number } | null, solo: boolean): GenreId {
  if (meter?.numerator === 3) return 'waltz';
  if (solo) return 'classical';
  const byMood: Partial<Record<Mood, GenreId>> = { epic: 'cinematic', dark: 'cinematic', calm: 'ambient', dreamy: 'ambient', angry: 'rock', romantic: 'rnb' };
  return (moods[0] && byMood[moods[0]]) ?? 'pop';
}

function chooseTempo(profile: GenreProfile, moods: readonly Mood[], pace: TempoWord | null, excluded: Exclusions, rng: Rng): number {
  let tempo = profile.tempo.typical + rng.int(-4, 4);
  for (const mood of moods.slice(0, 2)) tempo *= MOOD_EFFECTS[mood].tempoFactor;
  if (pace) tempo *= pace.tempoFactor;
  if (excluded.traits.includes('fast')) tempo = Math.min(tempo, profile.tempo.typical * 0.92);
  if (excluded.traits.includes('slow')) tempo = Math.max(tempo, profile.tempo.typical);
  return Math.round(clamp(tempo, 40, 220));
}

function chooseEnergy(profile: GenreProfile, moods: readonly Mood[], pace: TempoWord | null, excluded: Exclusions): number {
  const moodShift = moods.slice(0, 2).reduce((sum, mood, i) => sum + MOOD_EFFECTS[mood].energy / (i + 1), 0);
  let energy = profile.energy + moodShift + (pace?.energy ?? 0);
  if (excluded.traits.includes('fast')) energy -= 0.15;
  if (excluded.traits.includes('intense')) energy = Math.min(energy, 0.5);
  return Math.round(clamp(energy, 0.15, 1) * 100) / 100;
}

function majorVote(moods: readonly Mood[], pace: TempoWord | null, excluded: Exclusions): number {
  let vote = moods.slice(0, 2).reduce((sum, mood) => sum + MOOD_EFFECTS[mood].majorVote, 0) + (pace?.majorVote ?? 0);
  if (excluded.traits.includes('sad')) vote += 3;
  if (excluded.traits.includes('happy')) vote -= 3;
  return vote;
}

function isSolo(text: string, mentions: readonly InstrumentMention[]): boolean {
  return mentions.some(({ at, phrase }) => {
    const before = text.slice(Math.max(0, at - 16), at);
    const after = text.slice(at + phrase.length, at + phrase.length + 8);
    return /(?:solo|only|just|unaccompanied|lone)\s+(?:an? )?$/.test(before) || /^\s+(?:only|alone)(?![a-z])/.test(after);
  });
}

function drumKitFor(text: string, mentions: readonly InstrumentMention[], profile: GenreProfile): number {
  const named = DRUM_KIT_WORDS.find(({ words }) => hasAnyPhrase(text, words))?.kit;
  const fromInstrument = mentions.find((m) => m.entry.drumKit !== undefined)?.entry.drumKit;
  return named ?? fromInstrument ?? profile.drumKit ?? 0;
}

function vocalGender(request: MusicRequest, text: string, excluded: Exclusions, rng: Rng): 'm' | 'f' {
  if (request.vocalGender) return request.vocalGender;
  if (hasAnyPhrase(text, ['female vocals', 'female vocal', 'female singer', 'female voice', 'woman', 'girl'])) return 'f';
  if (hasAnyPhrase(text, ['male vocals', 'male vocal', 'male singer', 'male voice', 'man', 'boy'])) return 'm';
  if (excluded.traits.includes('male-vocals')) return 'f';
  if (excluded.traits.includes('female-vocals')) return 'm';
  return rng.chance(0.5) ? 'f' : 'm';
}

/**
 * In a sung song the voice is the lead, and the lead instrument rests wherever it sings. A lead
 * instrument the request named also takes the counter-melody (when that role is free), so it is
 * heard around the voice all song long, not only in the few bars where nobody sings.
 */
function voiceTakesLead(slots: InstrumentSlot[], instrumental: boolean): InstrumentSlot[] {
  const named = slots.find((s) => s.role === 'lead' && s.requested);
  if (instrumental || !named || slots.some((s) => s.role === 'counter-melody')) return slots;
  return [...slots, { ...named, role: 'counter-melody' }];
}

/** Removes "no drums" / "without piano" phrases so they are not read as requests. */
function withoutNegations(text: string): string {
  return text.replace(/(?<![a-z])(?:no|without|minus|except)\s+[a-z0-9#&' -]+?(?=$|[,.;)]|\s(?:and|but|with)\s)/g, ' ');
}

/**
 * Reads a request the way a session musician would. Explicit values (tempo, key, time signature,
 * instruments, length) are exact; mood and pace words move tempo, mode and energy; negative tags
 * remove what they name; unknown words are ignored. `variation` changes only the choices the
 * request leaves open (tonic, small tempo shifts, title), so two takes of one prompt can differ.
 */
export function interpretRequest(request: MusicRequest, variation = 0): Brief {
  const description = (request.customMode ? request.style : request.prompt) ?? '';
  const raw = normalizeText(description);
  const excluded = parseNegativeTags([request.negativeTags ?? '', inlineNegations(raw)].filter((t) => t.length > 0).join(', '));
  const text = withoutNegations(raw);
  const rng = createRng((hashText(raw) ^ Math.imul(variation | 0, 0x9e3779b1)) >>> 0);

  const meter = parseMeter(text);
  const moods = detectMoods(text);
  const mentions = findInstruments(text);
  const soloWord = isSolo(text, mentions);
  const genre = detectGenre(text, excluded.genres, fallbackGenre(moods, meter, soloWord));
  const profile = genreProfile(genre);
  // A named chamber ensemble in a classical piece plays alone.
  const solo = soloWord || (genre === 'classical' && mentions.some((m) => m.entry.ensemble));
  const pace = detectTempoWord(text);
  const explicitTempo = parseTempo(text);
  const explicitKey = parseKey(text);
  const instrumental = request.instrumental || excluded.vocals;
  const instrumentation: InstrumentSlot[] = voiceTakesLead(assignInstruments(profile, mentions, excluded.programs, solo), instrumental);
  const drumsRequested = hasAnyPhrase(text, DRUM_WORDS) || mentions.some((m) => m.entry.drumKit !== undefined);
  const hasDrums = !excluded.drums && (drumsRequested || (!solo && profile.drumKit !== null));
  const swingWord = hasAnyPhrase(text, ['swing', 'swung', 'shuffle']) ? 0.6 : null;
  const lyrics = request.customMode && !instrumental ? request.prompt?.trim() || null : null;
  const tempo = explicitTempo ?? chooseTempo(profile, moods, pace, excluded, rng);
  const key = explicitKey ?? chooseKey(profile, majorVote(moods, pace, excluded), parseModeOnly(text), rng);
  const title = request.title?.trim() || generateTitle(description, text, moods, genre, rng.int(0, 9999));

  return {
    genre,
    genreLabel: profile.label,
    moods,
    tempo,
    key,
    timeSignature: meter ?? { numerator: profile.timeSignature[0], denominator: profile.timeSignature[1] },
    instrumentation,
    drumKit: hasDrums ? drumKitFor(text, mentions, profile) : null,
    hasDrums,
    swing: findPhrase(text, 'straight') >= 0 ? 0 : (swingWord ?? profile.swing),
    energy: chooseEnergy(profile, moods, pace, excluded),
    take: 0,
    sound: soundColour(text),
    arc: profile.arc ?? (hasAnyPhrase(text, ['ballad', 'power ballad', 'torch song']) ? 'ballad' : 'song'),
    targetSeconds: targetLength(profile, request.durationSeconds, request.maxSeconds, hasAnyPhrase(text, ['short', 'brief', 'jingle'])),
    maxSeconds: request.maxSeconds,
    title,
    instrumental,
    vocalGender: vocalGender(request, text, excluded, rng),
    lyrics,
    description,
    excluded,
    explicit: {
      tempo: explicitTempo !== null,
      key: explicitKey !== null,
      timeSignature: meter !== null,
      length: request.durationSeconds !== undefined,
      instruments: mentions.length > 0,
      drumKit: hasAnyPhrase(text, DRUM_KIT_WORDS.flatMap(({ words }) => words)) || mentions.some((m) => m.entry.drumKit !== undefined),
    },
  };
}
