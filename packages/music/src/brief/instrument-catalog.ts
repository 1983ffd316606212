import type { InstrumentRole } from './brief.ts';
import type { InstrumentFamily } from './instrument-families.ts';

/** One nameable instrument (or ensemble) and how the arranger may use it. */
export interface InstrumentEntry {
  /** Phrases that name it (lower case). */
  words: readonly string[];
  program: number;
  /** Roles it can fill, most natural first. */
  roles: readonly InstrumentRole[];
  /** When named generically ("guitar"), use the genre's own program of this family if it has one. */
  family?: InstrumentFamily;
  /** What a negative tag naming it removes: a whole family, or just `program` when absent. */
  excludes?: InstrumentFamily;
  /** A fixed set of parts (e.g. a string quartet). */
  ensemble?: ReadonlyArray<{ role: InstrumentRole; program: number }>;
  /** Naming it also sets this drum kit (e.g. 808s). */
  drumKit?: number;
}

/** Instruments people name in style texts, mapped to General MIDI. */
export const INSTRUMENT_CATALOG: readonly InstrumentEntry[] = [
  { words: ['string quartet'], program: 40, roles: ['lead'], excludes: 'strings', ensemble: [{ role: 'lead', program: 40 }, { role: 'counter-melody', program: 40 }, { role: 'chords', program: 41 }, { role: 'bass', program: 42 }] },
  { words: ['piano', 'grand piano', 'acoustic piano', 'keys', 'keyboard', 'keyboards'], program: 0, roles: ['chords', 'lead'], excludes: 'piano' },
  { words: ['electric piano', 'rhodes', 'wurlitzer', 'e-piano'], program: 4, roles: ['chords', 'lead'], excludes: 'electric-piano' },
  { words: ['honky tonk piano', 'honky-tonk piano', 'saloon piano'], program: 3, roles: ['chords', 'lead'] },
  { words: ['harpsichord'], program: 6, roles: ['chords', 'arpeggio'] },
  { words: ['clavinet', 'clav'], program: 7, roles: ['chords'] },
  { words: ['celesta'], program: 8, roles: ['arpeggio', 'lead'] },
  { words: ['glockenspiel', 'glock'], program: 9, roles: ['arpeggio', 'lead'] },
  { words: ['music box'], program: 10, roles: ['arpeggio', 'lead'] },
  { words: ['vibraphone', 'vibes'], program: 11, roles: ['lead', 'chords'] },
  { words: ['marimba'], program: 12, roles: ['arpeggio', 'lead'] },
  { words: ['xylophone'], program: 13, roles: ['lead', 'arpeggio'] },
  { words: ['bells', 'tubular bells', 'chimes'], program: 14, roles: ['arpeggio', 'lead'], excludes: 'mallets' },
  { words: ['organ', 'hammond', 'hammond organ', 'b3 organ'], program: 16, roles: ['pad', 'chords'], excludes: 'organ' },
  { words: ['rock organ'], program: 18, roles: ['chords', 'pad'] },
  { words: ['church organ', 'pipe organ'], program: 19, roles: ['pad', 'chords'] },
  { words: ['accordion'], program: 21, roles: ['lead', 'chords'] },
  { words: ['harmonica', 'blues harp'], program: 22, roles: ['lead'] },
  { words: ['bandoneon'], program: 23, roles: ['lead', 'chords'] },
  { words: ['guitar', 'guitars'], program: 25, roles: ['chords', 'lead'], family: 'guitar', excludes: 'guitar' },
  { words: ['acoustic guitar', 'acoustic guitars', 'steel guitar', 'strummed guitar', 'fingerpicked guitar'], program: 25, roles: ['chords', 'lead'], excludes: 'acoustic-guitar' },
  { words: ['nylon guitar', 'classical guitar', 'spanish guitar', 'flamenco guitar'], program: 24, roles: ['chords', 'lead'] },
  { words: ['jazz guitar', 'hollow body guitar'], program: 26, roles: ['chords', 'lead'] },
  { words: ['electric guitar', 'electric guitars', 'clean guitar', 'clean electric guitar'], program: 27, roles: ['chords', 'lead'], excludes: 'electric-guitar' },
  { words: ['muted guitar', 'palm muted guitar'], program: 28, roles: ['chords', 'counter-melody'] },
  { words: ['overdriven guitar', 'overdrive guitar', 'crunchy guitar', 'guitar solo'], program: 29, roles: ['lead', 'chords'] },
  { words: ['distorted guitar', 'distorted guitars', 'distortion guitar', 'heavy guitar', 'heavy guitars', 'power chords', 'guitar riffs'], program: 30, roles: ['chords', 'lead'], excludes: 'distorted-guitar' },
  { words: ['bass', 'bass guitar', 'electric bass', 'bassline', 'bass line'], program: 33, roles: ['bass'], family: 'bass', excludes: 'bass' },
  { words: ['upright bass', 'double bass', 'acoustic bass', 'stand-up bass'], program: 32, roles: ['bass'] },
  { words: ['fretless bass', 'fretless'], program: 35, roles: ['bass'] },
  { words: ['slap bass'], program: 36, roles: ['bass'] },
  { words: ['synth bass', 'synthbass', 'moog bass'], program: 38, roles: ['bass'], excludes: 'synth-bass' },
  { words: ['808', '808s', '808 bass', 'tr-808'], program: 38, roles: ['bass'], drumKit: 25 },
  { words: ['sub bass', 'subbass', 'reese bass'], program: 39, roles: ['bass'] },
  { words: ['violin', 'violins', 'solo violin'], program: 40, roles: ['lead', 'counter-melody'], excludes: 'violin' },
  { words: ['viola'], program: 41, roles: ['counter-melody', 'chords'] },
  { words: ['cello', 'cellos'], program: 42, roles: ['counter-melody', 'bass', 'lead'], excludes: 'cello' },
  { words: ['contrabass'], program: 43, roles: ['bass'] },
  { words: ['tremolo strings'], program: 44, roles: ['pad'] },
  { words: ['pizzicato', 'pizzicato strings'], program: 45, roles: ['arpeggio'] },
  { words: ['harp'], program: 46, roles: ['arpeggio', 'chords'], excludes: 'harp' },
  { words: ['strings', 'string section', 'string ensemble', 'orchestral strings', 'lush strings'], program: 48, roles: ['pad', 'chords'], excludes: 'strings' },
  { words: ['synth strings'], program: 50, roles: ['pad', 'chords'] },
  { words: ['choir', 'choral', 'choirs'], program: 52, roles: ['pad'], excludes: 'choir' },
  { words: ['oohs', 'aahs', 'vocal pad'], program: 53, roles: ['pad'] },
  { words: ['trumpet', 'trumpets'], program: 56, roles: ['lead', 'counter-melody'], excludes: 'trumpet' },
  { words: ['trombone', 'trombones'], program: 57, roles: ['counter-melody', 'lead'] },
  { words: ['tuba'], program: 58, roles: ['bass'] },
  { words: ['muted trumpet'], program: 59, roles: ['lead'] },
  { words: ['french horn', 'french horns', 'horn section'], program: 60, roles: ['lead', 'counter-melody', 'pad'] },
  { words: ['horns', 'brass', 'brass section'], program: 61, roles: ['lead', 'chords'], excludes: 'brass' },
  { words: ['synth brass'], program: 62, roles: ['chords', 'lead'] },
  { words: ['soprano sax', 'soprano saxophone'], program: 64, roles: ['lead'] },
  { words: ['saxophone', 'sax', 'alto sax', 'alto saxophone', 'saxophones'], program: 65, roles: ['lead', 'counter-melody'], excludes: 'sax' },
  { words: ['tenor sax', 'tenor saxophone'], program: 66, roles: ['lead', 'counter-melody'] },
  { words: ['baritone sax', 'bari sax'], program: 67, roles: ['counter-melody', 'bass'] },
  { words: ['oboe'], program: 68, roles: ['lead', 'counter-melody'] },
  { words: ['english horn', 'cor anglais'], program: 69, roles: ['lead', 'counter-melody'] },
  { words: ['bassoon'], program: 70, roles: ['counter-melody', 'bass'] },
  { words: ['clarinet'], program: 71, roles: ['lead', 'counter-melody'] },
  { words: ['piccolo'], program: 72, roles: ['lead'] },
  { words: ['flute', 'flutes'], program: 73, roles: ['lead', 'counter-melody'], excludes: 'flute' },
  { words: ['recorder'], program: 74, roles: ['lead'] },
  { words: ['pan flute', 'panpipes', 'pan pipes'], program: 75, roles: ['lead'] },
  { words: ['shakuhachi'], program: 77, roles: ['lead'] },
  { words: ['whistle', 'tin whistle', 'penny whistle'], program: 78, roles: ['lead'] },
  { words: ['ocarina'], program: 79, roles: ['lead'] },
  { words: ['chiptune', '8-bit', '8 bit', 'square lead', 'square wave'], program: 80, roles: ['lead', 'arpeggio'] },
  { words: ['synth', 'synths', 'synthesizer', 'synthesizers', 'analog synth'], program: 81, roles: ['lead', 'pad', 'arpeggio'], family: 'synth', excludes: 'synth' },
  { words: ['synth lead', 'lead synth', 'saw lead', 'supersaw'], program: 81, roles: ['lead'] },
  { words: ['arpeggiator', 'arpeggiated synth', 'arps', 'synth arp'], program: 80, roles: ['arpeggio'] },
  { words: ['pad', 'pads', 'synth pad', 'synth pads', 'warm pad'], program: 89, roles: ['pad'], excludes: 'pads' },
  { words: ['polysynth'], program: 90, roles: ['chords', 'pad'] },
  { words: ['sitar'], program: 104, roles: ['lead'] },
  { words: ['banjo'], program: 105, roles: ['arpeggio', 'chords', 'lead'] },
  { words: ['shamisen'], program: 106, roles: ['lead'] },
  { words: ['koto'], program: 107, roles: ['arpeggio', 'lead'] },
  { words: ['kalimba', 'mbira'], program: 108, roles: ['arpeggio', 'lead'] },
  { words: ['bagpipes', 'bagpipe'], program: 109, roles: ['lead'] },
  { words: ['fiddle'], program: 110, roles: ['lead', 'counter-melody'] },
  { words: ['steel drums', 'steel drum', 'steelpan', 'steel pan'], program: 114, roles: ['lead', 'arpeggio'] },
];
