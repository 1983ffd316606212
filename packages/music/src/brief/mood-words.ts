import { findPhrase } from './text-match.ts';

/** Moods the engine can express. */
export type Mood =
  | 'happy'
  | 'sad'
  | 'dark'
  | 'epic'
  | 'calm'
  | 'romantic'
  | 'energetic'
  | 'nostalgic'
  | 'mysterious'
  | 'hopeful'
  | 'angry'
  | 'dreamy';

/** How a mood moves the music: tempo factor, energy shift and a vote for major (+) or minor (-). */
export interface MoodEffect {
  words: readonly string[];
  tempoFactor: number;
  energy: number;
  majorVote: number;
}

/** Mood lexicon: the words that signal each mood and what a musician would do about it. */
export const MOOD_EFFECTS: Readonly<Record<Mood, MoodEffect>> = {
  happy: { words: ['happy', 'joyful', 'cheerful', 'bright', 'sunny', 'uplifting', 'feel good', 'feel-good', 'fun', 'playful', 'carefree', 'summer'], tempoFactor: 1.05, energy: 0.1, majorVote: 2 },
  sad: { words: ['sad', 'melancholic', 'melancholy', 'heartbreak', 'heartbroken', 'lonely', 'sorrow', 'sorrowful', 'grief', 'tearful', 'crying', 'tears', 'mournful', 'somber', 'sombre', 'depressing'], tempoFactor: 0.9, energy: -0.15, majorVote: -2 },
  dark: { words: ['dark', 'sinister', 'ominous', 'haunting', 'eerie', 'gloomy', 'menacing', 'brooding', 'spooky', 'horror'], tempoFactor: 0.98, energy: 0.05, majorVote: -2 },
  epic: { words: ['epic', 'heroic', 'triumphant', 'anthemic', 'anthem', 'grand', 'majestic', 'powerful', 'victorious'], tempoFactor: 1, energy: 0.2, majorVote: 0 },
  calm: { words: ['calm', 'chill', 'chilled', 'relaxing', 'relaxed', 'peaceful', 'mellow', 'soothing', 'serene', 'gentle', 'soft', 'laid back', 'laid-back', 'tranquil', 'quiet', 'cozy', 'cosy'], tempoFactor: 0.92, energy: -0.25, majorVote: 0.5 },
  romantic: { words: ['romantic', 'love song', 'sensual', 'tender', 'intimate', 'sweet', 'in love'], tempoFactor: 0.94, energy: -0.1, majorVote: 1 },
  energetic: { words: ['energetic', 'driving', 'hype', 'intense', 'party', 'danceable', 'explosive', 'high energy', 'high-energy', 'pumping', 'bouncy'], tempoFactor: 1.08, energy: 0.25, majorVote: 0.5 },
  nostalgic: { words: ['nostalgic', 'nostalgia', 'wistful', 'bittersweet', 'memories', 'retro'], tempoFactor: 0.97, energy: -0.05, majorVote: -0.5 },
  mysterious: { words: ['mysterious', 'mystical', 'mystery', 'enigmatic', 'magical'], tempoFactor: 0.96, energy: -0.05, majorVote: -1 },
  hopeful: { words: ['hopeful', 'inspiring', 'inspirational', 'optimistic', 'motivational', 'triumph'], tempoFactor: 1.03, energy: 0.1, majorVote: 1.5 },
  angry: { words: ['angry', 'rage', 'furious', 'aggressive', 'fierce', 'violent', 'hard-hitting'], tempoFactor: 1.1, energy: 0.3, majorVote: -2 },
  dreamy: { words: ['dreamy', 'ethereal', 'floating', 'hazy', 'lush', 'spacey', 'airy'], tempoFactor: 0.95, energy: -0.15, majorVote: 0.5 },
};

/** Moods named in normalised text, ordered by first appearance. */
export function detectMoods(text: string): Mood[] {
  const found: Array<{ mood: Mood; at: number }> = [];
  for (const [mood, effect] of Object.entries(MOOD_EFFECTS) as Array<[Mood, MoodEffect]>) {
    const positions = effect.words.map((word) => findPhrase(text, word)).filter((at) => at >= 0);
    if (positions.length > 0) found.push({ mood, at: Math.min(...positions) });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.mood);
}
