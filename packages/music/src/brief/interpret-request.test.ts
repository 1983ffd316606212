import { describe, expect, it } from 'vitest';
import type { MusicRequest } from './music-request.ts';
import { interpretRequest } from './interpret-request.ts';
import { GENRE_IDS } from './genres/index.ts';

const custom = (style: string, extra: Partial<MusicRequest> = {}): MusicRequest => ({
  customMode: true,
  instrumental: true,
  model: 'V4_5',
  style,
  title: 'Test',
  maxSeconds: 480,
  ...extra,
});
const described = (prompt: string, extra: Partial<MusicRequest> = {}): MusicRequest => ({ customMode: false, instrumental: false, model: 'V4_5', prompt, maxSeconds: 480, ...extra });
const programs = (style: string, extra: Partial<MusicRequest> = {}): number[] => interpretRequest(custom(style, extra)).instrumentation.map((s) => s.program);

describe('interpretRequest: explicit values are exact', () => {
  it.each([
    ['lofi hip hop, 92 bpm', 92],
    ['rock, tempo: 141', 141],
    ['ambient at 60 beats per minute', 60],
    ['jazz 184bpm swing', 184],
  ])('tempo in %s', (style, bpm) => {
    expect(interpretRequest(custom(style)).tempo).toBe(bpm);
  });

  it.each([
    ['pop in F# minor', 6, 'minor'],
    ['Bb major ballad', 10, 'major'],
    ['funk in e dorian', 4, 'dorian'],
    ['key of D, folk', 2, 'major'],
    ['trap, C#m, 140 bpm', 1, 'minor'],
    ['metal in d harmonic minor', 2, 'harmonic-minor'],
  ])('key in %s', (style, tonic, mode) => {
    expect(interpretRequest(custom(style)).key).toEqual({ tonic, mode });
  });

  it('does not read the article in "a minor key" as A minor', () => {
    const brief = interpretRequest(custom('sad piano in a minor key'));
    expect(brief.key.mode).toBe('minor');
    expect(brief.explicit.key).toBe(false);
  });

  it.each([
    ['folk ballad in 3/4', 3, 4],
    ['6/8 cinematic', 6, 8],
    ['jazz in 5/4', 5, 4],
  ])('time signature in %s', (style, numerator, denominator) => {
    expect(interpretRequest(custom(style)).timeSignature).toEqual({ numerator, denominator });
  });

  it('reads a waltz as 3/4', () => {
    expect(interpretRequest(custom('viennese waltz')).timeSignature).toEqual({ numerator: 3, denominator: 4 });
  });
});

describe('interpretRequest: words move the music like a musician expects', () => {
  const styles = ['pop', 'rock', 'lofi', 'house', 'jazz', 'country', 'folk', 'metal', 'ambient', 'reggae', 'funk', 'latin'];
  it.each(styles)('"slow" lowers and "upbeat" raises the tempo of %s', (style) => {
    const plain = interpretRequest(custom(style)).tempo;
    expect(interpretRequest(custom(`slow ${style}`)).tempo).toBeLessThan(plain);
    expect(interpretRequest(custom(`upbeat ${style}`)).tempo).toBeGreaterThan(plain);
  });

  it('leans melancholic styles to minor and happy ones to major', () => {
    const minor = GENRE_IDS.filter((g) => g !== 'country').map((g) => interpretRequest(custom(`melancholic sad ${g}`), 3).key.mode);
    const major = GENRE_IDS.filter((g) => !['metal', 'synthwave', 'cinematic', 'hip-hop'].includes(g)).map((g) => interpretRequest(custom(`happy cheerful ${g}`), 3).key.mode);
    expect(minor.filter((m) => ['minor', 'dorian', 'phrygian', 'harmonic-minor'].includes(m)).length).toBeGreaterThan(minor.length * 0.8);
    expect(major.filter((m) => ['major', 'mixolydian', 'lydian'].includes(m)).length).toBeGreaterThan(major.length * 0.8);
  });

  it('raises energy for aggressive and lowers it for chill', () => {
    expect(interpretRequest(custom('aggressive rock')).energy).toBeGreaterThan(interpretRequest(custom('rock')).energy);
    expect(interpretRequest(custom('chill rock')).energy).toBeLessThan(interpretRequest(custom('rock')).energy);
  });
});

describe('interpretRequest: genres and instruments', () => {
  it.each([
    ['lofi hip hop beat', 'lo-fi'],
    ['boom bap hip hop', 'hip-hop'],
    ['deep house', 'house'],
    ['80s synthwave', 'synthwave'],
    ['delta blues shuffle', 'blues'],
    ['neo soul r&b', 'rnb'],
    ['bluegrass country', 'bluegrass'],
    ['country rock, driving', 'country-rock'],
    ['honky tonk country', 'country'],
    ['indie folk, acoustic', 'folk'],
    ['roots reggae', 'reggae'],
    ['bossa nova', 'bossa-nova'],
    ['salsa', 'latin'],
    ['thrash metal', 'metal'],
    ['baroque string quartet', 'classical'],
    ['epic film score', 'cinematic'],
    ['ambient drone', 'ambient'],
    ['dance pop', 'pop'],
    ['grunge', 'rock'],
    ['bebop jazz', 'jazz'],
    ['disco funk', 'disco'],
    ['funky slap bass groove', 'funk'],
    ['dark trap beat', 'trap'],
    ['liquid drum and bass', 'drum-and-bass'],
    ['berlin techno', 'techno'],
    ['afrobeats summer jam', 'afrobeats'],
    ['pop punk', 'punk'],
    ['gospel choir', 'gospel'],
    ['k-pop dance track', 'k-pop'],
  ])('%s -> %s', (style, genre) => {
    expect(interpretRequest(custom(style)).genre).toBe(genre);
  });

  it.each([
    ['jazz with saxophone', 65],
    ['pop with violin', 40],
    ['acoustic guitar folk', 25],
    ['house with synth', 81],
    ['lofi with rhodes', 4],
    ['country with banjo', 105],
    ['trap with 808s', 38],
    ['rock with organ', 16],
  ])('%s includes program %i', (style, program) => {
    expect(programs(style)).toContain(program);
  });

  it('plays only the named instrument for "solo piano", without drums', () => {
    const brief = interpretRequest(custom('solo piano, melancholic'));
    expect(new Set(brief.instrumentation.map((s) => s.program))).toEqual(new Set([0]));
    expect(brief.hasDrums).toBe(false);
  });

  it('builds a string quartet from violin, viola and cello', () => {
    expect(new Set(programs('classical string quartet'))).toEqual(new Set([40, 41, 42]));
  });

  it('removes what negative tags name', () => {
    const brief = interpretRequest(custom('rock with piano', { negativeTags: 'piano, drums, distorted guitar' }));
    const used = brief.instrumentation.map((s) => s.program);
    expect(used.some((p) => p <= 5 || p === 29 || p === 30)).toBe(false);
    expect(brief.hasDrums).toBe(false);
    expect(brief.drumKit).toBeNull();
  });

  it('reads "no drums" inside a style and keeps drums for "upbeat drums" as a trait', () => {
    expect(interpretRequest(custom('chill pop, no drums')).hasDrums).toBe(false);
    const brief = interpretRequest(custom('pop', { negativeTags: 'Heavy Metal, Upbeat Drums' }));
    expect(brief.hasDrums).toBe(true);
    expect(brief.excluded.genres).toContain('metal');
    expect(brief.tempo).toBeLessThanOrEqual(interpretRequest(custom('pop')).tempo);
  });

  it('does not read custom-mode lyrics as style', () => {
    const brief = interpretRequest({ ...custom('calm folk'), instrumental: false, prompt: 'heavy metal drums at 180 bpm in C# minor with saxophone' });
    expect(brief.genre).toBe('folk');
    expect(brief.explicit.tempo).toBe(false);
    expect(brief.instrumentation.map((s) => s.program)).not.toContain(65);
    expect(brief.lyrics).toContain('heavy metal');
  });

  it('ignores unknown words', () => {
    expect(() => interpretRequest(custom('zxqv blorp flimflam 🎵, ???'))).not.toThrow();
    expect(interpretRequest(custom('zxqv blorp')).genre).toBe('pop');
  });
});

describe('interpretRequest: length and title', () => {
  it('uses durationSeconds, clamped to 10..480 and to maxSeconds', () => {
    expect(interpretRequest(custom('pop', { durationSeconds: 95 })).targetSeconds).toBe(95);
    expect(interpretRequest(custom('pop', { durationSeconds: 3 })).targetSeconds).toBe(10);
    expect(interpretRequest(custom('pop', { durationSeconds: 900 })).targetSeconds).toBe(480);
    expect(interpretRequest(custom('pop', { durationSeconds: 300, maxSeconds: 240 })).targetSeconds).toBe(240);
  });

  it('defaults to a genre length between 120 and 210 s', () => {
    for (const genre of GENRE_IDS) {
      const seconds = interpretRequest(custom(genre)).targetSeconds;
      expect(seconds).toBeGreaterThanOrEqual(120);
      expect(seconds).toBeLessThanOrEqual(210);
    }
  });

  it('keeps a given title and invents a plausible one in non-custom mode', () => {
    expect(interpretRequest(custom('pop', { title: 'My Song' })).title).toBe('My Song');
    expect(interpretRequest(described('a happy pop song about summer love')).title).toBe('Summer Love');
    expect(interpretRequest(described('an upbeat song called "Neon Hearts"')).title).toBe('Neon Hearts');
    expect(interpretRequest(described('sad piano ballad on a rainy night')).title).toMatch(/Rain|Night|Midnight/);
    const generic = interpretRequest(described('energetic electronic track')).title;
    expect(generic.length).toBeGreaterThan(2);
    expect(generic[0]).toBe(generic[0]?.toUpperCase());
  });

  it('is deterministic and varies open choices with `variation`', () => {
    const request = described('dreamy synthwave');
    expect(interpretRequest(request)).toEqual(interpretRequest(request));
    const tonics = new Set(Array.from({ length: 12 }, (_, v) => interpretRequest(request, v).key.tonic));
    expect(tonics.size).toBeGreaterThan(1);
  });
});
