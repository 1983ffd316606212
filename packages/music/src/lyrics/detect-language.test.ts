import { describe, expect, it } from 'vitest';
import { detectLanguage, espeakVoice } from './detect-language.ts';
import type { LyricLanguage } from './types.ts';

// Traditional and public-domain songs.
const samples: [LyricLanguage, string][] = [
  ['en', 'Twinkle, twinkle, little star, how I wonder what you are'],
  ['en', 'Oh my darling, oh my darling, oh my darling Clementine'],
  ['es', 'Ay, ay, ay, ay, canta y no llores, porque cantando se alegran, cielito lindo, los corazones'],
  ['es', 'De colores, de colores se visten los campos en la primavera'],
  ['fr', "Au clair de la lune, mon ami Pierrot, prête-moi ta plume pour écrire un mot"],
  ['fr', 'Frère Jacques, dormez-vous? Sonnez les matines'],
  ['de', 'Stille Nacht, heilige Nacht, alles schläft, einsam wacht'],
  ['de', 'Alle meine Entchen schwimmen auf dem See, Köpfchen in das Wasser'],
  ['it', 'Una mattina mi son svegliato, o bella ciao, bella ciao, bella ciao ciao ciao'],
  ['it', 'Funiculì, funiculà, jammo jammo, ncoppa jammo ja, tutto il mondo è bello'],
  ['pt', 'Ciranda, cirandinha, vamos todos cirandar, vamos dar a meia volta, volta e meia vamos dar'],
  ['pt', 'Atirei o pau no gato, mas o gato não morreu, dona Chica admirou-se do berro que o gato deu'],
];

describe('detectLanguage', () => {
  it.each(samples)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('defaults to English without clear signs of another language', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Oh la la la, na na na')).toBe('en');
    expect(detectLanguage('[Chorus]\nBaby I love you, te quiero')).toBe('en');
  });

  it('names an espeak-ng voice for every language', () => {
    expect(['en', 'es', 'fr', 'de', 'it', 'pt'].map((l) => espeakVoice(l as LyricLanguage))).toEqual(['en-us', 'es', 'fr', 'de', 'it', 'pt-br']);
  });
});
