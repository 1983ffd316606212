import opentype, { type Font, type Glyph } from 'opentype.js';

const parsed = new WeakMap<Uint8Array, Font>();

/** Parses TTF/OTF bytes (cached per byte array, as parsing takes tens of ms). */
export function parseFonts(fonts: readonly Uint8Array[]): Font[] {
  if (fonts.length === 0) throw new RangeError('at least one font is needed for the cover title');
  return fonts.map((bytes) => {
    let font = parsed.get(bytes);
    if (!font) {
      font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      parsed.set(bytes, font);
    }
    return font;
  });
}

interface PlacedGlyph {
  font: Font;
  glyph: Glyph;
}

/** Glyphs for `text`, each from the first font that has it (the first font's .notdef otherwise). */
function glyphsFor(text: string, fonts: readonly Font[]): PlacedGlyph[] {
  return [...text].map((char) => {
    for (const font of fonts) {
      const glyph = font.charToGlyph(char);
      if (glyph.index !== 0) return { font, glyph };
    }
    return { font: fonts[0]!, glyph: fonts[0]!.charToGlyph(char) };
  });
}

function advances(glyphs: readonly PlacedGlyph[], size: number): number[] {
  return glyphs.map(({ font, glyph }, i) => {
    const next = glyphs[i + 1];
    const kerning = next && next.font === font ? font.getKerningValue(glyph, next.glyph) : 0;
    return (((glyph.advanceWidth ?? 0) + kerning) * size) / font.unitsPerEm;
  });
}

/** Width of `text` set at `size` px. */
export function measureText(text: string, fonts: readonly Font[], size: number): number {
  return advances(glyphsFor(text, fonts), size).reduce((a, b) => a + b, 0);
}

/** SVG path data of `text` set at `size` px, centred on `centerX`, baseline at `baseline`. */
export function textPathData(text: string, fonts: readonly Font[], size: number, centerX: number, baseline: number): string {
  const glyphs = glyphsFor(text, fonts);
  const widths = advances(glyphs, size);
  let x = centerX - widths.reduce((a, b) => a + b, 0) / 2;
  return glyphs
    .map(({ glyph }, i) => {
      const data = glyph.getPath(x, baseline, size).toPathData(1);
      x += widths[i]!;
      return data;
    })
    .join('');
}

/** A title broken into lines at one font size. */
export interface TitleLayout {
  lines: string[];
  size: number;
}

/**
 * Fits `text` into at most `maxLines` lines of `maxWidth` px, from `maxSize` down to `minSize` px
 * (words wrap greedily; a word too long for a line at the smallest size is cut with an ellipsis).
 */
export function fitTitle(text: string, fonts: readonly Font[], maxWidth: number, maxLines: number, maxSize: number, minSize: number): TitleLayout {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { lines: [], size: maxSize };
  for (let size = maxSize; size >= minSize; size = Math.floor(size * 0.92)) {
    const { lines, overflow } = wrapWords(words, (line) => measureText(line, fonts, size) <= maxWidth);
    if (!overflow && lines.length <= maxLines) return { lines, size };
  }
  const { lines } = wrapWords(words, (line) => measureText(line, fonts, minSize) <= maxWidth);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]!}…`;
  return { lines: kept.map((line) => truncate(line, fonts, minSize, maxWidth)), size: minSize };
}

/** Greedy word wrap; a word wider than a line gets a line of its own and sets `overflow`. */
function wrapWords(words: readonly string[], fits: (line: string) => boolean): { lines: string[]; overflow: boolean } {
  const lines: string[] = [];
  let overflow = false;
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    if (!fits(word)) overflow = true;
    current = word;
  }
  if (current) lines.push(current);
  return { lines, overflow };
}

function truncate(line: string, fonts: readonly Font[], size: number, maxWidth: number): string {
  if (measureText(line, fonts, size) <= maxWidth) return line;
  const chars = [...line.replace(/…$/, '')];
  while (chars.length > 1 && measureText(`${chars.join('')}…`, fonts, size) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
