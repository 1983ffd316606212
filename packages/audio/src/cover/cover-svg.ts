import { createRng } from '@songloom/music';
import { artLayer, artStyleFor, type ArtStyle } from './art.ts';
import { paletteFor, type Palette } from './palette.ts';
import { fitTitle, parseFonts, textPathData } from './text-outline.ts';

/** What a cover shows. */
export interface CoverSpec {
  title: string;
  genre: string;
  moods: readonly string[];
  /** Same seed, same cover; the art differs between seeds. */
  seed: number;
  /** A smaller line under the title (e.g. the style). */
  subtitle?: string | undefined;
}

/** The SVG and the choices behind it. */
export interface CoverSvg {
  svg: string;
  style: ArtStyle;
  palette: Palette;
}

const SIZE = 1024;
const MARGIN = 80;

/**
 * Builds the 1024x1024 cover SVG: background gradient, generative art in the palette and style of
 * the moods and genre, a darkening band, and the title as glyph outlines from `fonts` (first font
 * first, later ones as fallbacks), so rasterising needs no fonts.
 */
export function coverSvg(spec: CoverSpec, fonts: readonly Uint8Array[]): CoverSvg {
  const rng = createRng(spec.seed);
  const palette = paletteFor(spec.genre, spec.moods, rng.fork('palette'));
  const style = artStyleFor(spec.genre, spec.moods, rng.fork('style'));
  const art = artLayer(style, palette, rng.fork('art'));
  const parsed = parseFonts(fonts);
  const title = fitTitle(spec.title, parsed, SIZE - 2 * MARGIN, 3, 120, 44);
  const subtitleSize = 34;
  const lineHeight = title.size * 1.12;
  const bottom = SIZE - MARGIN - (spec.subtitle ? subtitleSize * 1.8 : 0);
  const firstBaseline = bottom - (title.lines.length - 1) * lineHeight;
  const titlePaths = title.lines.map((line, i) => textPathData(line, parsed, title.size, SIZE / 2, firstBaseline + i * lineHeight)).join('');
  const subtitle = spec.subtitle ? textPathData(spec.subtitle, parsed, subtitleSize, SIZE / 2, SIZE - MARGIN) : '';
  const bandTop = Math.max(0, firstBaseline - title.size * 1.6);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="${rng.next().toFixed(2)}" y2="1"><stop offset="0" stop-color="${palette.background[0]}"/><stop offset="1" stop-color="${palette.background[1]}"/></linearGradient>
<linearGradient id="band" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="black" stop-opacity="0"/><stop offset="1" stop-color="black" stop-opacity="0.6"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>
${art}
<rect x="0" y="${bandTop.toFixed(0)}" width="${SIZE}" height="${(SIZE - bandTop).toFixed(0)}" fill="url(#band)"/>
<path d="${titlePaths}" fill="${palette.text}" stroke="${palette.shade}" stroke-width="${(title.size / 14).toFixed(1)}" stroke-linejoin="round" paint-order="stroke"/>
${subtitle ? `<path d="${subtitle}" fill="${palette.text}" opacity="0.85"/>` : ''}
</svg>`;
  return { svg, style, palette };
}
