import { describe, expect, it } from 'vitest';
import { createContentFilter, normalizeForMatching } from './content-filter.ts';
import { KNOWN_ARTISTS, KNOWN_ARTISTS_STYLE_ONLY } from './known-artists.ts';

const artistsOnly = createContentFilter({ blockedWords: [], blockArtists: true });

describe('normalizeForMatching', () => {
  it('drops case, accents, apostrophes and punctuation', () => {
    expect(normalizeForMatching('BEYONCÉ')).toBe('beyonce');
    expect(normalizeForMatching('Björk, Tiësto & Rosalía')).toBe('bjork tiesto and rosalia');
    expect(normalizeForMatching('Guns N’ Roses')).toBe('guns n roses');
    expect(normalizeForMatching('AC/DC -- Jay-Z!!')).toBe('ac dc jay z');
    expect(normalizeForMatching('The Notorious B.I.G. and Dr. Dre, J. Cole')).toBe('the notorious big and dr dre j cole');
    expect(normalizeForMatching('Straße Øresund Łódź')).toBe('strasse oresund lodz');
  });
});

describe('blocked words', () => {
  const filter = createContentFilter({ blockedWords: ['darn', 'café', 'kill yourself', '  '], blockArtists: false });

  it('match whole words, whatever the case, in every text field', () => {
    for (const field of ['prompt', 'style', 'title', 'negativeTags'] as const) {
      expect(filter.check({ customMode: true, [field]: 'well, DARN it' })).toEqual({ ok: false, field, term: 'darn', kind: 'blocked_word' });
    }
  });

  it('check lyrics too', () => {
    expect(filter.check({ customMode: true, prompt: '[Verse]\nOh darn\n[Chorus]\nla la' })).toMatchObject({ ok: false, field: 'prompt' });
  });

  it('ignore accents on both sides', () => {
    expect(filter.check({ customMode: false, prompt: 'a song about a little CAFE' })).toMatchObject({ ok: false, term: 'café' });
    const plain = createContentFilter({ blockedWords: ['cafe'], blockArtists: false });
    expect(plain.check({ customMode: false, prompt: 'un café au lait' })).toMatchObject({ ok: false, term: 'cafe' });
  });

  it('match phrases across punctuation and spacing, not words apart', () => {
    expect(filter.check({ customMode: true, prompt: 'KILL,   yourself' })).toMatchObject({ ok: false, term: 'kill yourself' });
    expect(filter.check({ customMode: true, prompt: 'kill the lights, love yourself' })).toEqual({ ok: true });
  });

  it('do not match inside other words, and ignore empty entries', () => {
    expect(filter.check({ customMode: true, prompt: 'darning socks, cafeteria, skilled', style: 'indie', title: 'x' })).toEqual({ ok: true });
  });
});

describe('artist names', () => {
  it('are refused in style, whatever the spelling', () => {
    const cases: Array<[string, string]> = [
      ['in the style of Taylor Swift', 'Taylor Swift'],
      ['pop like beyonce', 'Beyoncé'],
      ['BJORK inspired glitch', 'Björk'],
      ['hard rock, ac/dc riffs', 'AC/DC'],
      ['acdc', 'ACDC'],
      ['guns n roses ballad', "Guns N' Roses"],
      ['jay z flow', 'Jay-Z'],
      ['tyler the creator beats', 'Tyler, the Creator'],
      ['simon and garfunkel harmonies', 'Simon & Garfunkel'],
      ['90s rap, notorious big', 'Notorious B.I.G.'],
    ];
    for (const [style, term] of cases) {
      expect(artistsOnly.check({ customMode: true, style })).toEqual({ ok: false, field: 'style', term, kind: 'artist' });
    }
  });

  it('are refused in a non-custom description, but never in lyrics, titles or negativeTags', () => {
    expect(artistsOnly.check({ customMode: false, prompt: 'a sad song like Billie Eilish' })).toMatchObject({
      ok: false,
      field: 'prompt',
      term: 'Billie Eilish',
    });
    expect(artistsOnly.check({ customMode: true, prompt: 'I sang Taylor Swift in the car' })).toEqual({ ok: true });
    expect(artistsOnly.check({ customMode: true, title: 'Coldplay on the radio', negativeTags: 'Metallica' })).toEqual({ ok: true });
  });

  it('that are also ordinary names or phrases are refused in style only', () => {
    expect(artistsOnly.check({ customMode: true, style: 'soul ballad, adele' })).toMatchObject({ ok: false, term: 'Adele' });
    expect(artistsOnly.check({ customMode: true, style: 'drake type beat' })).toMatchObject({ ok: false, term: 'Drake' });
    const descriptions = [
      'a birthday song for Adele',
      'a sea shanty about Francis Drake',
      'a kids song: imagine dragons flying over the hills',
      'rolling stones down a hill, going in one direction',
      'found a 50 cent coin on a green day in spring',
      'the notorious big bad wolf',
    ];
    for (const prompt of descriptions) expect(artistsOnly.check({ customMode: false, prompt })).toEqual({ ok: true });
  });

  it('are not refused when blockArtists is false', () => {
    const off = createContentFilter({ blockedWords: [], blockArtists: false });
    expect(off.check({ customMode: false, prompt: 'like Taylor Swift', style: 'Drake' })).toEqual({ ok: true });
  });

  it('do not fire on ordinary music words', () => {
    const styles = [
      'queen of hearts, yes, journey through the night, heart of gold, kiss, rush',
      'nirvana, oasis, genesis, prince, pink, sting, future bass, deep house',
      'open the doors, call the police, the cure for love, new order, massive attack of drums',
      'swiftly, eminent, lord of the rings, korny, u2b, madonnas of the renaissance, cherry',
      'lofi hip hop, mellow, 80 bpm, jazzy piano, vinyl crackle',
      'epic orchestral, earth wind fire and water, slayer of dragons, rosary, usherette',
    ];
    for (const style of styles) expect(artistsOnly.check({ customMode: false, style, prompt: style })).toEqual({ ok: true });
  });
});

describe('the artist lists', () => {
  const all = [...KNOWN_ARTISTS, ...KNOWN_ARTISTS_STYLE_ONLY];

  it('hold about 150 or more distinct artists', () => {
    const normalized = all.map(normalizeForMatching);
    expect(new Set(normalized).size).toBe(normalized.length);
    expect(normalized.every((name) => name !== '')).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  it('leave out names that are common words', () => {
    const words = ['queen', 'yes', 'genesis', 'journey', 'heart', 'kiss', 'rush', 'nirvana', 'oasis', 'muse', 'prince', 'pink'];
    const normalized = new Set(all.map(normalizeForMatching));
    for (const word of words) expect(normalized.has(word)).toBe(false);
  });
});
