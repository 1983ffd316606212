/**
 * What a caller asks for, already validated against the wire contract. In custom mode `style`
 * describes the music and `prompt` holds the lyrics; in non-custom mode `prompt` is a free
 * description of the song and there is no separate style.
 */
export interface MusicRequest {
  customMode: boolean;
  instrumental: boolean;
  model: string;
  prompt?: string;
  style?: string;
  title?: string;
  /** Comma-separated styles, instruments or traits to keep out, e.g. "Heavy Metal, Upbeat Drums". */
  negativeTags?: string;
  vocalGender?: 'm' | 'f';
  /** Wanted track length, 10..480 s; wins over the genre's default length. */
  durationSeconds?: number;
  /** Hard ceiling for the final track length (music plus tail). */
  maxSeconds: number;
}
