import type { SoundColour } from '../../brief/sound-words.ts';
import type { Part } from '../../score.ts';
import { DRUM_KEYS } from '../drums/drum-keys.ts';

/** Snare and clap keys whose hits the gated 80s sound doubles. */
const BACKBEAT = new Set([DRUM_KEYS.snare, DRUM_KEYS.clap]);

/**
 * Applies the descriptors' colour to the instrument parts: brightness (CC74) on every part, the
 * space factor on every reverb send; gated drums put the centred kit in a big loud room and double
 * each snare with a clap.
 */
export function colourParts(parts: Part[], sound: SoundColour): void {
  for (const part of parts) {
    if (sound.brightness !== 64) part.brightness = sound.brightness;
    part.reverb = Math.min(127, Math.round(part.reverb * sound.space));
    if (sound.gatedDrums && part.id === 'drums') {
      part.reverb = 118;
      const claps = part.notes.filter((n) => n.pitch === DRUM_KEYS.snare).map((n) => ({ ...n, pitch: DRUM_KEYS.clap, velocity: Math.min(127, n.velocity + 8) }));
      part.notes = [...part.notes, ...claps.filter((c) => !part.notes.some((n) => BACKBEAT.has(n.pitch) && n.pitch === c.pitch && Math.abs(n.startBeat - c.startBeat) < 1e-6))].sort((a, b) => a.startBeat - b.startBeat || a.pitch - b.pitch);
    }
  }
}
