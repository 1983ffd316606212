import { describe, expect, it } from 'vitest';
import { readFontBytes } from '../testing/assets.test-support.ts';
import { coverSvg, type CoverSpec } from './cover-svg.ts';
import { renderCover, renderCoverAsync } from './render-cover.ts';
import { fitTitle, measureText, parseFonts } from './text-outline.ts';

const font = readFontBytes();
const spec: CoverSpec = { title: 'Midnight Drive', genre: 'synthwave', moods: ['nostalgic'], seed: 7, subtitle: 'synthwave' };

function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

function lightness(color: string): number {
  return Number(/,(\d+)%\)$/.exec(color)![1]);
}

describe('renderCover', () => {
  it('renders a 1024x1024 PNG that differs by seed and repeats for the same seed', () => {
    const a = renderCover(spec, [font]);
    expect([...a.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(String.fromCharCode(...a.subarray(12, 16))).toBe('IHDR');
    expect(pngSize(a)).toEqual([1024, 1024]);
    expect(coverSvg({ ...spec, seed: 8 }, [font]).svg).not.toBe(coverSvg(spec, [font]).svg);
    expect(renderCover(spec, [font])).toEqual(a);
  });

  it('renders the same PNG on the thread pool, several covers at once', async () => {
    const [a, b] = await Promise.all([renderCoverAsync(spec, [font]), renderCoverAsync({ ...spec, seed: 8 }, [font])]);
    expect(a).toEqual(renderCover(spec, [font]));
    expect(b).toEqual(renderCover({ ...spec, seed: 8 }, [font]));
  });

  it('follows mood and genre: dark moods deep and dim, happy ones bright; style by genre', () => {
    const dark = coverSvg({ ...spec, genre: 'pop', moods: ['dark', 'brooding'] }, [font]);
    const happy = coverSvg({ ...spec, genre: 'pop', moods: ['happy'] }, [font]);
    expect(lightness(dark.palette.background[0])).toBeLessThan(lightness(happy.palette.background[0]) - 20);
    expect(coverSvg(spec, [font]).style).toBe('neon-grid');
    expect(coverSvg({ ...spec, genre: 'ambient', moods: [] }, [font]).style).toBe('soft-fields');
    expect(coverSvg({ ...spec, genre: 'heavy metal', moods: [] }, [font]).style).toBe('shards');
  });

  it('sets the title as outlines, so the SVG needs no font, and fits long titles', () => {
    const { svg } = coverSvg(spec, [font]);
    expect(svg).not.toContain('<text');
    const fonts = parseFonts([font]);
    const long = fitTitle('The Extraordinarily Long Title of a Song That Never Seems to End at All Tonight', fonts, 864, 3, 120, 44);
    expect(long.lines.length).toBeLessThanOrEqual(3);
    expect(long.size).toBeLessThan(120);
    for (const line of long.lines) expect(measureText(line, fonts, long.size)).toBeLessThanOrEqual(864);
    const word = fitTitle('Supercalifragilisticexpialidocious-and-then-some-more', fonts, 864, 3, 120, 44);
    expect(measureText(word.lines[0]!, fonts, word.size)).toBeLessThanOrEqual(864);
    expect(fitTitle('Short', fonts, 864, 3, 120, 44)).toEqual({ lines: ['Short'], size: 120 });
  });
});
