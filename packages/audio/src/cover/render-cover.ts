import { Resvg } from '@resvg/resvg-js';
import { coverSvg, type CoverSpec } from './cover-svg.ts';

/** Rasterises an SVG to PNG bytes with resvg, without system fonts (cover text is already outlined). */
export function rasterizeSvg(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, logLevel: 'off' });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * Renders the cover as a 1024x1024 PNG. `fonts` are TTF/OTF bytes for the title (resvg-js 2.6.2 only
 * loads fonts from file paths, so the title is turned into outlines with opentype.js instead).
 */
export function renderCover(spec: CoverSpec, fonts: readonly Uint8Array[]): Uint8Array {
  return rasterizeSvg(coverSvg(spec, fonts).svg);
}
