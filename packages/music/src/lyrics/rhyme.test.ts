import { describe, expect, it } from 'vitest';
import { checkRhyme, countSyllables } from './rhyme.ts';

describe('checkRhyme', () => {
  it.each([
    ['night', 'light'],
    ['tonight', 'bright'],
    ['rain', 'again'],
    ['heart', 'apart'],
    ['fire', 'desire'],
    ['ocean', 'motion'],
    ['city', 'pretty'],
    ['I walk alone tonight', 'beneath the city light'],
  ])('%s / %s rhyme', (a, b) => {
    expect(checkRhyme(a, b)).toBe(true);
  });

  it.each([
    ['heart', 'dark'],
    ['home', 'alone'],
    ['love', 'move'],
    ['rain', 'run'],
    ['the night is young', 'the night is long'],
  ])('%s / %s do not rhyme', (a, b) => {
    expect(checkRhyme(a, b)).toBe(false);
  });

  it('ignores trailing punctuation and parentheses', () => {
    expect(checkRhyme('into the night!', '(the light)')).toBe(true);
  });
});

describe('countSyllables', () => {
  it.each([
    ['Twinkle twinkle little star', 7],
    ['How I wonder what you are', 7],
    ['Every fire in the evening', 8],
    ["I'm walkin' in the rain tonight (ooh)", 9],
    ['sun-kissed days', 3],
    ['', 0],
  ])('%s has %i', (line, count) => {
    expect(countSyllables(line)).toBe(count);
  });
});
