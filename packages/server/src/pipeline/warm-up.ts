import { encodeMp3, encodeWav, masterWithReport, processVocal, renderCoverAsync, renderScore, singPart, type PhonemeSynth, type SoundBank, type StereoAudio } from '@songloom/audio';
import { composeSong, interpretRequest, type NoteEvent, type Part } from '@songloom/music';

const STYLES = ['upbeat pop, piano, drums, bass', 'rock, electric guitar', 'lo-fi hip hop, rhodes'];

/**
 * Renders a few seconds of common arrangements once and masters and encodes the last, so a worker's
 * first real track does not pay for compiling the synthesizer's, master's and encoders' hot loops
 * or decoding the most used samples (~0.5 s otherwise, which would also delay the live stream).
 */
export async function warmUpRenderer(bank: SoundBank): Promise<void> {
  let audio: StereoAudio | undefined;
  for (const style of STYLES) {
    const brief = interpretRequest({ customMode: true, instrumental: true, model: 'V5', style, title: 'warm-up', durationSeconds: 10, maxSeconds: 480 });
    audio = await renderScore(composeSong(brief, 1), bank);
  }
  if (!audio) return;
  const { audio: mastered } = masterWithReport(audio);
  encodeWav(mastered);
  await encodeMp3(mastered);
}

/**
 * Starts the voice's synthesizer (~1 s for espeak-ng's WASM host) and sings a short line through
 * the voice and its chain, so the first sung track does not pay for either (~1 s otherwise).
 */
export async function warmUpVoice(synth: PhonemeSynth): Promise<void> {
  const words = ['summer', 'stay', 'with', 'me'];
  const notes: NoteEvent[] = words.map((word, i) => ({
    pitch: 64 + i,
    startBeat: i,
    durationBeats: 0.9,
    velocity: 90,
    lyric: { text: word, word, wordIndex: i, syllableIndex: 0, stressed: true },
  }));
  const part: Part = { id: 'warm-up', role: 'vocal', name: 'Voice', program: 0, isDrums: false, volume: 100, pan: 64, reverb: 0, chorus: 0, notes };
  for (const [role, voice] of [['vocal', 'f'], ['backing-vocal', 'm']] as const) {
    const sung = await singPart({ ...part, role }, { tempo: 120, language: 'en', voice, synth, sampleRate: 44_100 });
    processVocal(sung.audio, { sampleRate: 44_100, role });
  }
}

/** Draws one cover the way the text stage does, so it does not pay for parsing the fonts and starting resvg (~0.4 s). */
export async function warmUpCovers(fonts: readonly Uint8Array[]): Promise<void> {
  await renderCoverAsync({ title: 'Warm Up', genre: 'pop', moods: ['happy'], seed: 1, subtitle: 'Pop' }, fonts);
}
