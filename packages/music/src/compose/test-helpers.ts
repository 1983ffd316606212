import { interpretRequest } from '../brief/interpret-request.ts';
import type { Brief } from '../brief/brief.ts';
import type { MusicRequest } from '../brief/music-request.ts';

/** A brief from a custom-mode style string (test helper). */
export function briefFor(style: string, extra: Partial<MusicRequest> = {}): Brief {
  return interpretRequest({ customMode: true, instrumental: true, model: 'V4_5', style, title: 'Test', maxSeconds: 480, ...extra });
}
