import { loadSoundBank, type SoundBank } from '../render/sound-bank.ts';
import { readSoundBankBytes } from './assets.test-support.ts';

let bank: SoundBank | undefined;

/** The MuseScore General Lite bank, parsed once per test worker. */
export function sharedSoundBank(): SoundBank {
  bank ??= loadSoundBank(readSoundBankBytes());
  return bank;
}
