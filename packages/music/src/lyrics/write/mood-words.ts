import type { LyricMood } from './theme-bank.ts';

/** Adjectives that colour `{adj}` slots, by mood: sad lines fade and grey, happy ones glow. */
export const moodAdjectives: Record<LyricMood, readonly string[]> = {
  sad: ['lonely', 'empty', 'fading', 'grey', 'broken', 'quiet', 'distant', 'hollow', 'cold'],
  happy: ['golden', 'bright', 'shining', 'sunny', 'sweet', 'glowing', 'warm', 'lovely'],
  angry: ['burning', 'bitter', 'restless', 'wild', 'broken', 'reckless', 'cold', 'heavy'],
  calm: ['gentle', 'quiet', 'soft', 'easy', 'slow', 'peaceful', 'silver', 'tender'],
  romantic: ['tender', 'golden', 'warm', 'gentle', 'sweet', 'glowing', 'endless', 'silver'],
};

const moodCues: Record<LyricMood, readonly string[]> = {
  sad: ['sad', 'melanchol', 'lonely', 'heartbr', 'cry', 'tear', 'grief', 'loss', 'lost', 'blue', 'dark', 'gloom', 'sorrow', 'miss', 'ballad', 'regret', 'broken', 'goodbye', 'mourn'],
  happy: ['happy', 'upbeat', 'joy', 'fun', 'party', 'bright', 'cheer', 'anthem', 'celebrat', 'summer', 'sunny', 'dance', 'uplift', 'feel-good', 'feel good', 'euphor', 'energetic', 'playful'],
  angry: ['angry', 'anger', 'rage', 'furious', 'aggressive', 'punk', 'metal', 'protest', 'rebel', 'riot', 'government', 'fight', 'hate', 'revolt'],
  calm: ['calm', 'chill', 'peace', 'lullaby', 'soft', 'gentle', 'sleep', 'relax', 'ambient', 'lofi', 'lo-fi', 'quiet', 'dreamy', 'meditat', 'acoustic'],
  romantic: ['love', 'romantic', 'romance', 'wife', 'husband', 'anniversary', 'wedding', 'valentine', 'tender', 'sweetheart', 'darling', 'girlfriend', 'boyfriend'],
};

/** The mood of a song from its description, its mood tags and its genre; romantic when nothing says otherwise about a love song, else happy. */
export function detectMood(text: string): LyricMood {
  const lower = text.toLowerCase();
  let best: LyricMood = 'happy';
  let bestScore = 0;
  for (const mood of ['sad', 'angry', 'calm', 'romantic', 'happy'] as const) {
    const score = moodCues[mood].reduce((n, cue) => n + (lower.includes(cue) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [mood, score];
  }
  return best;
}
