import { GeneratorTypes, type BasicSoundBank } from 'spessasynth_core';

/** Attacks this slow (timecents; 3600 = 8 s) make a layer that only swells in under held notes. */
const SWELL_ATTACK_TIMECENTS = 3600;

type PresetZone = BasicSoundBank['presets'][number]['zones'][number];

/**
 * Removes "swell" layers: preset zones that play an instrument the preset already plays in
 * another zone, again, fading in over 8 s or more. MuseScore General's grand pianos double every
 * note this way (4 voices a note instead of 2); the doubled layer starts silent and stays more
 * than 20 dB under the note for its first seconds, so under comping it is inaudible but costs as
 * much to render as the note itself. Returns how many zones were removed.
 */
export function dropSwellLayers(bank: BasicSoundBank): number {
  let removed = 0;
  for (const preset of bank.presets) {
    const kept = preset.zones.filter((zone) => !isSwellLayer(zone, preset.zones));
    removed += preset.zones.length - kept.length;
    preset.zones.splice(0, preset.zones.length, ...kept);
  }
  return removed;
}

function isSwellLayer(zone: PresetZone, zones: readonly PresetZone[]): boolean {
  return attackOf(zone) >= SWELL_ATTACK_TIMECENTS && zones.some((other) => other !== zone && other.instrument === zone.instrument && attackOf(other) < SWELL_ATTACK_TIMECENTS);
}

function attackOf(zone: PresetZone): number {
  return zone.getGenerator(GeneratorTypes.attackVolEnv, -12_000);
}
