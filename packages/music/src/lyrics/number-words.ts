const ones = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const tens = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

function belowHundred(n: number): string {
  if (n < 20) return ones[n] ?? '';
  const unit = n % 10;
  return (tens[Math.floor(n / 10)] ?? '') + (unit === 0 ? '' : ` ${ones[unit] ?? ''}`);
}

function belowThousand(n: number): string {
  if (n < 100) return belowHundred(n);
  const rest = n % 100;
  return `${ones[Math.floor(n / 100)] ?? ''} hundred${rest === 0 ? '' : ` ${belowHundred(rest)}`}`;
}

/** English words for a whole number as sung: 7 -> "seven", 1999 -> "nineteen ninety nine", 2024 -> "two thousand twenty four". */
export function englishNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n >= 1100 && n < 2000 && n % 100 !== 0) return `${belowHundred(Math.floor(n / 100))} ${n % 100 < 10 ? 'oh ' : ''}${belowHundred(n % 100)}`;
  if (n < 1000) return belowThousand(n);
  const rest = n % 1000;
  return `${ones[Math.floor(n / 1000)] ?? ''} thousand${rest === 0 ? '' : ` ${belowThousand(rest)}`}`;
}
