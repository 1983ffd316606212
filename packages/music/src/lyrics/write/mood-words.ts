import type { LyricMood } from './bank.ts';

const moodCues: Record<LyricMood, readonly string[]> = {
  sad: ['sad', 'melanchol', 'lonely', 'heartbr', 'cry', 'tear', 'grief', 'loss', 'lost', 'dark', 'gloom', 'sorrow', 'miss', 'regret', 'broken', 'goodbye', 'mourn', 'died', 'death', 'gone', 'triste', 'llorar', 'lágrima', 'perd', 'pleur', 'trauer', 'traurig', 'verlor', 'piang', 'saudade', 'chor', 'nostalg'],
  happy: ['happy', 'upbeat', 'joy', 'fun', 'party', 'bright', 'cheer', 'anthem', 'celebrat', 'sunny', 'dance', 'uplift', 'feel-good', 'feel good', 'euphor', 'energetic', 'playful', 'silly', 'feliz', 'alegr', 'fiesta', 'heureu', 'joie', 'fête', 'fröhlich', 'glücklich', 'felice', 'allegr', 'festa'],
  angry: ['angry', 'anger', 'rage', 'furious', 'aggressive', 'protest', 'rebel', 'riot', 'fight', 'hate', 'revolt', 'mad at', 'fed up', 'enfad', 'rabia', 'furia', 'colère', 'rage', 'wut', 'wütend', 'zorn', 'rabbia', 'arrabbiat', 'raiva'],
  calm: ['calm', 'chill', 'peace', 'lullaby', 'gentle', 'sleep', 'relax', 'ambient', 'lofi', 'lo-fi', 'quiet', 'dreamy', 'meditat', 'tranquil', 'calma', 'paz', 'dormir', 'calme', 'paix', 'ruhig', 'ruhe', 'schlaf', 'pace', 'sonno'],
  romantic: ['love', 'romantic', 'romance', 'wife', 'husband', 'anniversary', 'wedding', 'valentine', 'tender', 'sweetheart', 'darling', 'girlfriend', 'boyfriend', 'amor', 'amour', 'liebe', 'amore', 'namorad', 'novi'],
};

/** The mood of a song from its prompt and mood tags (tags count double); happy when nothing says otherwise. */
export function detectMood(text: string, tags: readonly string[] = []): LyricMood {
  const lower = `${tags.join(' ')} ${tags.join(' ')} ${text}`.toLowerCase();
  let best: LyricMood = 'happy';
  let bestScore = 0;
  for (const mood of ['angry', 'sad', 'calm', 'romantic', 'happy'] as const) {
    const score = moodCues[mood].reduce((n, cue) => n + (lower.split(cue).length - 1), 0);
    if (score > bestScore) [best, bestScore] = [mood, score];
  }
  return best;
}
