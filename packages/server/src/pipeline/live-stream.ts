import { concatBytes, createMp3Encoder, createStreamingMaster, estimateProvisionalGainDb, type Mp3Encoder, type SoundBank, type StereoAudio, type StreamingMaster } from '@songloom/audio';
import type { Score } from '@songloom/music';
import type { BlobStore } from '../ports/blob-store.ts';
import { blobKeys } from '../services/blob-keys.ts';

/**
 * The live MP3 of a track that is still rendering. Encoding costs as much as the final MP3, so it
 * starts only once a listener has asked for the stream (the stream route leaves a marker blob);
 * it then catches up on every chunk rendered so far and follows the render chunk by chunk.
 */
export class LiveStream {
  private readonly backlog: StereoAudio[] = [];
  private chain: { master: StreamingMaster; encoder: Mp3Encoder } | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly blobs: BlobStore,
    private readonly bank: SoundBank,
    private readonly score: Score,
    private readonly trackId: string,
  ) {}

  /** Resets the stream file of an earlier (interrupted) render. */
  async reset(): Promise<void> {
    await this.blobs.delete(blobKeys.stream(this.trackId));
  }

  /** Takes one rendered chunk; encodes it (and the backlog) when someone listens. */
  async push(chunk: StereoAudio): Promise<void> {
    if (!this.chain) {
      this.backlog.push(chunk);
      if (!this.starting && (await this.blobs.size(blobKeys.streamWanted(this.trackId))) !== null) this.starting = this.start();
      if (this.starting) await this.starting;
      return;
    }
    await this.write(chunk);
  }

  /** Ends the stream: the held-back frames and the encoder's tail. */
  async finish(): Promise<void> {
    if (this.starting) await this.starting;
    if (!this.chain) return;
    const tail = concatBytes([this.chain.encoder.encode(this.chain.master.flush()), this.chain.encoder.finish()]);
    if (tail.length > 0) await this.blobs.append(blobKeys.stream(this.trackId), tail);
  }

  private async start(): Promise<void> {
    const gainDb = await estimateProvisionalGainDb(this.score, this.bank, { targetLufs: -14, probeSeconds: 1.5 });
    this.chain = {
      master: createStreamingMaster({ gainDb, ceilingDbtp: -1, sampleRate: 44_100 }),
      encoder: await createMp3Encoder({ sampleRate: 44_100, bitrate: 192 }),
    };
    for (const chunk of this.backlog.splice(0)) await this.write(chunk);
  }

  private async write(chunk: StereoAudio): Promise<void> {
    if (!this.chain) return;
    const bytes = this.chain.encoder.encode(this.chain.master.process(chunk));
    if (bytes.length > 0) await this.blobs.append(blobKeys.stream(this.trackId), bytes);
  }
}
