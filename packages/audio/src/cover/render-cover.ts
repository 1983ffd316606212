import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { coverSvg, type CoverSpec } from './cover-svg.ts';

const RASTER_OPTIONS: ResvgRenderOptions = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, logLevel: 'off' };

/** Rasterises an SVG to PNG bytes with resvg, without system fonts (cover text is already outlined). */
export function rasterizeSvg(svg: string): Uint8Array {
  return new Uint8Array(new Resvg(svg, RASTER_OPTIONS).render().asPng());
}

/**
 * Renders the cover as a 1024x1024 PNG. `fonts` are TTF/OTF bytes for the title (resvg-js 2.6.2 only
 * loads fonts from file paths, so the title is turned into outlines with opentype.js instead).
 */
export function renderCover(spec: CoverSpec, fonts: readonly Uint8Array[]): Uint8Array {
  return rasterizeSvg(coverSvg(spec, fonts).svg);
}

/** {@link renderCover} on libuv's thread pool: several covers render on several cores at once. */
export async function renderCoverAsync(spec: CoverSpec, fonts: readonly Uint8Array[]): Promise<Uint8Array> {
  const rendered = await renderAsync(coverSvg(spec, fonts).svg, RASTER_OPTIONS);
  return new Uint8Array(rendered.asPng());
}
