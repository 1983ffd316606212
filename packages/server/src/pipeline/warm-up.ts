import { renderCover, renderScore, type PhonemeSynth, type SoundBank } from '@songloom/audio';
import { composeSong, interpretRequest } from '@songloom/music';

const STYLES = ['upbeat pop, piano, drums, bass', 'rock, electric guitar', 'lo-fi hip hop, rhodes'];

/**
 * Renders a few seconds of common arrangements once, so a worker's first real track does not pay
 * for compiling the synthesizer's hot loops and decoding the most used samples (~0.5 s otherwise,
 * which would delay the first bytes of the live stream).
 */
export async function warmUpRenderer(bank: SoundBank): Promise<void> {
  for (const style of STYLES) {
    const brief = interpretRequest({ customMode: true, instrumental: true, model: 'V5', style, title: 'warm-up', durationSeconds: 10, maxSeconds: 480 });
    await renderScore(composeSong(brief, 1), bank);
  }
}

/** Starts the voice's synthesizer (~1 s for espeak-ng's WASM host) before the first sung track needs it. */
export async function warmUpVoice(synth: PhonemeSynth): Promise<void> {
  const [phonemes] = await synth.phonemize(['la'], 'en');
  await synth.speakSyllables([{ phonemes: (phonemes ?? ['l', "'a:"]).join(''), pitchHz: 220, voice: { gender: 'f', language: 'en' } }]);
}

/** Draws one cover, so the first text stage does not pay for parsing the fonts and starting resvg (~0.4 s). */
export function warmUpCovers(fonts: readonly Uint8Array[]): void {
  renderCover({ title: 'Warm Up', genre: 'pop', moods: ['happy'], seed: 1, subtitle: 'Pop' }, fonts);
}
