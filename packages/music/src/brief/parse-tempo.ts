/** An explicit tempo ("92 bpm", "tempo: 140", "at 120 beats per minute") in normalised text, or null. */
export function parseTempo(text: string): number | null {
  const patterns = [
    /(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:bpm|b\.p\.m\.?|beats per minute|beats a minute)(?![a-z])/,
    /(?<![a-z])(?:tempo|bpm)\s*(?:of|:|=|is|at)?\s*(\d{2,3}(?:\.\d+)?)(?![\d.])/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const value = match?.[1] === undefined ? NaN : Number(match[1]);
    if (Number.isFinite(value) && value >= 30 && value <= 300) return value;
  }
  return null;
}
