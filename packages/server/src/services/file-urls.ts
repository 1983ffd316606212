import { createHmac, timingSafeEqual } from 'node:crypto';

/** The files of a track served by signed links; the two stems exist for sung tracks only. */
export type TrackFile = 'audio.mp3' | 'audio.wav' | 'cover.png' | 'vocals.wav' | 'instrumental.wav';

/** Signs and checks file links: HMAC-SHA256 over "path\nexpires" with the server's URL secret. */
export class FileUrls {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly baseUrl: () => string,
  ) {}

  private signature(pathname: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${pathname}\n${expires}`).digest('base64url');
  }

  /** A link to `pathname` valid for the configured TTL from `nowMs`. */
  sign(pathname: string, nowMs: number): string {
    const expires = Math.floor(nowMs / 1000) + this.ttlSeconds;
    return `${this.baseUrl()}${pathname}?expires=${expires}&sig=${this.signature(pathname, expires)}`;
  }

  fileUrl(trackId: string, file: TrackFile, nowMs: number): string {
    return this.sign(`/files/${trackId}/${file}`, nowMs);
  }

  streamUrl(trackId: string, nowMs: number): string {
    return this.sign(`/stream/${trackId}`, nowMs);
  }

  /** 'ok', or why the link is refused. */
  verify(pathname: string, expires: string | undefined, sig: string | undefined, nowMs: number): 'ok' | 'expired' | 'invalid' {
    if (!expires || !sig || !/^\d+$/.test(expires)) return 'invalid';
    const expected = Buffer.from(this.signature(pathname, Number(expires)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    if (Number(expires) * 1000 < nowMs) return 'expired';
    return 'ok';
  }
}
