import type { Part } from '@songloom/music';

/** GM percussion channel (channel 10, zero-based 9). */
export const GM_DRUM_CHANNEL = 9;
const MELODIC_CHANNELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15];

/** Where one part plays. Parts sharing a channel take the channel controls of `leader`. */
export interface ChannelAssignment {
  part: Part;
  /** Zero-based MIDI channel. */
  channel: number;
  /** The part whose program and CC values the channel carries (itself unless shared). */
  leader: Part;
  /** True when this channel is a rhythm channel other than channel 10 (set up with a GS sysex). */
  extraRhythmChannel: boolean;
  /** Multiplier for note velocities, compensating a shared channel's volume for this part. */
  velocityScale: number;
}

/**
 * Assigns every part a channel. Drums go to channel 10, one kit and pan per rhythm channel (a second
 * kit, or the same kit panned elsewhere, takes a free channel switched to rhythm mode). Melodic parts get their own channel while there
 * are enough (15), then parts with the same program share one, with velocities scaled by their
 * volume ratio (CC7 and velocity both map to amplitude squared). Throws a RangeError when more than
 * 15 distinct melodic programs remain.
 */
export function allocateChannels(parts: readonly Part[]): ChannelAssignment[] {
  // One rhythm channel per kit and pan: a kit split into centred drums and panned cymbals takes two.
  const drumGroups = groupBy(parts.filter((p) => p.isDrums), (p) => `${p.drumKit ?? 0}:${p.pan}`);
  const melodic = parts.filter((p) => !p.isDrums);
  const melodicGroups =
    melodic.length + Math.max(0, drumGroups.length - 1) <= MELODIC_CHANNELS.length
      ? melodic.map((p) => [p])
      : groupBy(melodic, (p) => String(p.program));
  const needed = melodicGroups.length + Math.max(0, drumGroups.length - 1);
  if (needed > MELODIC_CHANNELS.length) {
    throw new RangeError(
      `${melodicGroups.length} melodic programs and ${drumGroups.length} drum kits need ${needed} of 15 free MIDI channels`,
    );
  }
  const free = [...MELODIC_CHANNELS];
  const assignments: ChannelAssignment[] = [];
  drumGroups.forEach((group, index) => {
    const channel = index === 0 ? GM_DRUM_CHANNEL : free.pop()!;
    assignments.push(...assignGroup(group, channel, index > 0));
  });
  for (const group of melodicGroups) assignments.push(...assignGroup(group, free.shift()!, false));
  const order = new Map(parts.map((p, i) => [p.id, i]));
  return assignments.sort((a, b) => order.get(a.part.id)! - order.get(b.part.id)!);
}

function assignGroup(group: readonly Part[], channel: number, extraRhythmChannel: boolean): ChannelAssignment[] {
  const leader = group[0]!;
  return group.map((part) => ({
    part,
    channel,
    leader,
    extraRhythmChannel,
    velocityScale: part === leader || leader.volume === 0 ? 1 : part.volume / leader.volume,
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
