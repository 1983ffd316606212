import type { GenreProfile } from './genre-profile.ts';

/** Shortest and longest track a request may ask for. */
export const MIN_REQUEST_SECONDS = 10;
export const MAX_REQUEST_SECONDS = 480;

/**
 * The final track length to aim for: the request's `durationSeconds` (clamped to 10..480) or the
 * genre's default (shortened for "short"), never above `maxSeconds`.
 */
export function targetLength(profile: GenreProfile, durationSeconds: number | undefined, maxSeconds: number, short: boolean): number {
  const wanted = durationSeconds ?? (short ? Math.min(profile.lengthSeconds, 120) : profile.lengthSeconds);
  const clamped = Math.min(MAX_REQUEST_SECONDS, Math.max(MIN_REQUEST_SECONDS, wanted));
  return Math.max(1, Math.min(clamped, maxSeconds));
}
