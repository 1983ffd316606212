/** How strong a position in the bar is: 4 downbeat, 3 secondary strong beat, 2 other beat, 1 eighth off-beat, 0 sixteenth. */
export function metricWeight(beatInBar: number, beatsPerBar: number, compound: boolean): number {
  const q = Math.round(beatInBar * 4) / 4;
  if (q === 0) return 4;
  if (compound) {
    if (q % 1.5 === 0) return 3;
    return q % 0.5 === 0 ? 1 : 0;
  }
  if (Number.isInteger(q)) return beatsPerBar >= 4 && q % 2 === 0 ? 3 : 2;
  return q % 0.5 === 0 ? 1 : 0;
}

/** True on the positions a stressed syllable should take: beats 1 and 3 of 4/4, the two pulses of 6/8, the downbeat otherwise. */
export function isStrongBeat(beatInBar: number, beatsPerBar: number, compound: boolean): boolean {
  return metricWeight(beatInBar, beatsPerBar, compound) >= (beatsPerBar >= 4 || compound ? 3 : 2);
}
