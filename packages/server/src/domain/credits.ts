/** The largest balance a key may hold: above 2^53 - 1 a JavaScript number no longer counts every credit. */
export const MAX_CREDITS = Number.MAX_SAFE_INTEGER;

/** Reads a whole number of credits ("250", "+25", "-10" when `signed`); throws a message naming `what` otherwise. */
export function parseCredits(text: string, what: string, signed = false): number {
  const pattern = signed ? /^[+-]?\d+$/ : /^\d+$/;
  if (!pattern.test(text)) throw new Error(`${what} must be a whole number${signed ? ' with an optional sign (+25, -10)' : ''}, got "${text}".`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${what} must be at most ${MAX_CREDITS} credits, got ${text.replace(/^\+/, '')}.`);
  return value;
}
