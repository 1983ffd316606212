import { SoundBankLoader, type BasicSoundBank } from 'spessasynth_core';
import { dropSwellLayers } from './swell-layers.ts';

/**
 * A parsed SoundFont (sf2/sf3) or DLS bank. Parse once per worker and pass it to every render:
 * sf3 samples are Vorbis-decoded on first use and stay cached in the bank, so later renders skip
 * both the parse and the decoding.
 */
export interface SoundBank {
  /** The spessasynth bank; treat as opaque outside packages/audio. */
  readonly basic: BasicSoundBank;
  /** Number of presets (instruments and drum kits). */
  readonly presetCount: number;
  /** How many renders have used this bank so far. */
  renders: number;
}

/** Options of {@link loadSoundBank}. */
export interface LoadSoundBankOptions {
  /** Remove slow-attack doubling layers (see `dropSwellLayers`), default true: pianos render at half the voices. */
  dropSwellLayers?: boolean;
}

/** Parses a sound bank from its bytes. Throws when the bytes are not a sound bank. */
export function loadSoundBank(bytes: ArrayBuffer | Uint8Array, options: LoadSoundBankOptions = {}): SoundBank {
  const buffer =
    bytes instanceof Uint8Array
      ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : bytes;
  const basic = SoundBankLoader.fromArrayBuffer(buffer);
  if (basic.presets.length === 0) throw new Error('sound bank has no presets');
  if (options.dropSwellLayers !== false) dropSwellLayers(basic);
  return { basic, presetCount: basic.presets.length, renders: 0 };
}
