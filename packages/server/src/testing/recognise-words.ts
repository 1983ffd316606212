import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resample } from '@songloom/audio';

const run = promisify(execFile);
/** Debian's pocketsphinx-en-us acoustic model and dictionary. */
export const POCKETSPHINX_MODEL = '/usr/share/pocketsphinx/model/en-us';
const RATE = 16_000;

/** A written or recognised word reduced to what the recogniser's dictionary spells: lower case, letters and apostrophes. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z']/g, '');
}

/**
 * A bigram language model (ARPA text) of a song's own lyric lines: the recogniser then knows the
 * words and their order, as a listener who has read the lyric sheet does, but must still hear
 * which word is sung when (any word may follow any other through the unigram back-off).
 */
export function lyricsLanguageModel(lines: readonly (readonly string[])[]): string {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  let total = 0;
  for (const line of lines) {
    const words = ['<s>', ...line.map(normaliseWord).filter((w) => w !== ''), '</s>'];
    words.forEach((w, i) => {
      unigrams.set(w, (unigrams.get(w) ?? 0) + 1);
      total++;
      if (i > 0) bigrams.set(`${words[i - 1]} ${w}`, (bigrams.get(`${words[i - 1]} ${w}`) ?? 0) + 1);
    });
  }
  const out = ['\\data\\', `ngram 1=${unigrams.size}`, `ngram 2=${bigrams.size}`, '', '\\1-grams:'];
  for (const [w, c] of unigrams) out.push(`${Math.log10(c / total).toFixed(4)} ${w} -0.5000`);
  out.push('', '\\2-grams:');
  for (const [pair, c] of bigrams) out.push(`${Math.log10((0.7 * c) / (unigrams.get(pair.split(' ')[0] ?? '') ?? 1)).toFixed(4)} ${pair}`);
  out.push('', '\\end\\', '');
  return out.join('\n');
}

/** Runs pocketsphinx (Debian's `pocketsphinx` + `pocketsphinx-en-us`) over mono audio with the lyrics' language model. */
export async function recogniseWords(audio: Float32Array, sampleRate: number, lyricLines: readonly (readonly string[])[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'songloom-asr-'));
  try {
    const wav = join(dir, 'audio.wav');
    const lm = join(dir, 'lyrics.arpa');
    await writeFile(wav, monoWav16(resample(audio, sampleRate, RATE), RATE));
    await writeFile(lm, lyricsLanguageModel(lyricLines));
    const { stdout } = await run(
      'pocketsphinx_continuous',
      ['-infile', wav, '-hmm', join(POCKETSPHINX_MODEL, 'en-us'), '-lm', lm, '-dict', join(POCKETSPHINX_MODEL, 'cmudict-en-us.dict'), '-logfn', '/dev/null'],
      { maxBuffer: 16 << 20 },
    );
    return stdout.split(/\s+/).map(normaliseWord).filter((w) => w !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Share of the reference words the recogniser got, in order (longest common subsequence over the reference length). */
export function wordsRecovered(reference: readonly string[], recognised: readonly string[]): number {
  if (reference.length === 0) return 1;
  let previous = new Array<number>(recognised.length + 1).fill(0);
  for (const word of reference) {
    const row = new Array<number>(recognised.length + 1).fill(0);
    for (let j = 1; j <= recognised.length; j++) {
      row[j] = Math.max(previous[j] ?? 0, row[j - 1] ?? 0, (previous[j - 1] ?? 0) + (recognised[j - 1] === word ? 1 : 0));
    }
    previous = row;
  }
  return (previous[recognised.length] ?? 0) / reference.length;
}

function monoWav16(x: Float32Array, rate: number): Uint8Array {
  const out = new Uint8Array(44 + 2 * x.length);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + 2 * x.length, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, 2 * rate, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, 2 * x.length, true);
  for (let i = 0; i < x.length; i++) view.setInt16(44 + 2 * i, Math.round(32767 * Math.max(-1, Math.min(1, x[i] ?? 0))), true);
  return out;
}
