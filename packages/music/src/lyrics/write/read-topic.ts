import type { LyricLanguage } from '../types.ts';
import type { LanguageBank, LyricMood, Scene, TopicRole } from './bank.ts';
import { concepts, type Concept } from './concepts.ts';

/** What a song is about, in the words it will be sung in. */
export interface Topic {
  /** The subject as lines name it: "my dog", "rainy nights", "mi perro". */
  subject: string;
  /** Its short name for hooks: "dog", "nights", "perro". */
  name: string;
  plural: boolean;
  role: TopicRole;
  scene: Scene;
  /** Other things the prompt names, as noun phrases of the song's language ("the city", "la ciudad"). */
  images: string[];
  /** The prompt's content words (lower case), so a check can tell the song is about them. */
  words: string[];
}

const aboutWords = /\b(?:about|of|for|to|sobre|acerca de|para|sur|pour|à propos de|über|von|für|su|per|di)\s+(.+)$/iu;
const phraseStop = /^(with|in|on|at|and|that|which|who|while|where|but|y|con|en|et|avec|dans|und|mit|im|e|con|nel|com|na|no|,|\.|;)$/iu;
const musicWords = new Set(
  'song songs track tune tunes anthem ballad lullaby music genre style vocals vocal voice male female singer beat beats bpm pop rock punk metal jazz blues folk country soul funk reggae latin edm house techno disco synthwave lofi lo-fi hip hop rap trap indie acoustic piano guitar drums ambient cinematic orchestral classical gospel r&b rnb upbeat sad happy angry calm chill slow fast dark bright melancholic melancholy romantic energetic nostalgic hopeful epic dreamy aggressive spanish french german italian portuguese english canción chanson lied canzone canção'.split(' '),
);
const determiners = /^(my|our|your|his|her|their|the|a|an|this|that|these|those)$/;
const massNouns = new Set('love freedom hope time life faith peace money rain snow fire summer winter spring autumn music home heaven sunshine grace youth'.split(' '));

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
}

function matchesCue(token: string, cue: string): boolean {
  return token === cue || (cue.length >= 4 && token.startsWith(cue) && token.length - cue.length <= 3);
}

function findConcept(words: readonly string[], skip: ReadonlySet<string> = new Set()): Concept | undefined {
  for (const word of words) {
    const found = concepts.find((c) => !skip.has(c.id) && c.cues.some((cue) => matchesCue(word, cue)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The words after "about"/"sobre"/"über"... up to the first word that ends a noun phrase, without music words. */
function aboutPhrase(prompt: string): string[] {
  const match = aboutWords.exec(prompt.toLowerCase().replace(/[,.;:!?]/g, ' , '));
  if (match === null) return [];
  const out: string[] = [];
  for (const word of (match[1] ?? '').split(/\s+/)) {
    if (word === '' ) continue;
    if (phraseStop.test(word) || musicWords.has(word) || out.length >= 4) break;
    out.push(word);
  }
  while (out.length > 0 && determiners.test(out[out.length - 1] ?? '')) out.pop();
  return out;
}

/** An English noun phrase from the prompt's own words, with "the" added where English wants one. */
function englishSubject(words: readonly string[]): { subject: string; name: string; plural: boolean } {
  const name = words[words.length - 1] ?? '';
  const plural = /[^s]s$/.test(name) && !massNouns.has(name);
  const bare = determiners.test(words[0] ?? '') || plural || massNouns.has(name) || words.length === 0;
  const subject = bare ? words.join(' ') : `the ${words.join(' ')}`;
  return { subject: subject.replace(/^i\b/, 'I'), name, plural };
}

/**
 * Reads a prompt's subject: the concept it names (in any of the six languages) said in the song's
 * language, or for English songs the prompt's own noun phrase after "about"; other concepts the
 * prompt names become images. Falls back on the bank's subject for the mood.
 */
export function readTopic(prompt: string, language: LyricLanguage, mood: LyricMood, bank: LanguageBank): Topic {
  const words = tokens(prompt).filter((w) => !musicWords.has(w) && w.length > 2);
  const about = aboutPhrase(prompt);
  const main = findConcept(about) ?? findConcept(words);
  const used = new Set(main === undefined ? [] : [main.id]);
  const images: string[] = [];
  for (let other = findConcept(words, used); other !== undefined && images.length < 3; other = findConcept(words, used)) {
    used.add(other.id);
    if (other.names[language][0] !== main?.names[language][0]) images.push(other.names[language][0]);
  }
  if (language === 'en' && about.length > 0 && (main === undefined || !about.some((w) => main.cues.some((c) => matchesCue(w, c))) || about.length <= 3)) {
    const own = englishSubject(about);
    return { ...own, role: main?.role ?? 'thing', scene: main?.scene ?? 'city', images, words };
  }
  if (main !== undefined) {
    const [subject, name] = main.names[language];
    return { subject, name, plural: main.plural.has(language), role: main.role, scene: main.scene, images, words };
  }
  const subject = bank.fallbackSubject[mood];
  return { subject, name: subject.split(' ').pop() ?? subject, plural: false, role: 'time', scene: 'night', images, words };
}
