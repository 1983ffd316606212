import type { Rng } from '@songloom/music';
import type { Palette } from './palette.ts';

/** Families of generative artwork. */
export type ArtStyle = 'neon-grid' | 'soft-fields' | 'shards' | 'orbs' | 'waves';

const SIZE = 1024;

/** The art style for a genre and moods: synthwave gets a neon grid, ambient soft fields, rock/metal hard shards... */
export function artStyleFor(genre: string, moods: readonly string[], rng: Rng): ArtStyle {
  const g = genre.toLowerCase();
  const m = moods.join(' ').toLowerCase();
  if (/synthwave|retrowave|outrun|vaporwave|synth-pop|synthpop/.test(g)) return 'neon-grid';
  if (/ambient|new age|drone|lo-?fi|chill/.test(g) || /calm|dreamy|serene|ethereal/.test(m)) return 'soft-fields';
  if (/metal|rock|punk|grunge|industrial|drum and bass|dubstep/.test(g) || /aggressive|angry|intense/.test(m)) return 'shards';
  return rng.chance(0.5) ? 'orbs' : 'waves';
}

const f = (v: number): string => v.toFixed(1);

/** SVG defs and elements of the artwork layer (drawn over the background gradient). */
export function artLayer(style: ArtStyle, palette: Palette, rng: Rng): string {
  switch (style) {
    case 'neon-grid':
      return neonGrid(palette, rng);
    case 'soft-fields':
      return softFields(palette, rng);
    case 'shards':
      return shards(palette, rng);
    case 'orbs':
      return orbs(palette, rng);
    case 'waves':
      return waves(palette, rng);
  }
}

function neonGrid(p: Palette, rng: Rng): string {
  const horizon = rng.int(500, 600);
  const sunR = rng.int(170, 240);
  const sunX = SIZE / 2 + rng.int(-120, 120);
  const stripes = Array.from({ length: 6 }, (_, i) => {
    const y = horizon - sunR * 0.55 + i * (sunR * 0.11) * (1 + i * 0.25);
    return `<rect x="0" y="${f(y)}" width="${SIZE}" height="${f(4 + i * 3)}" fill="black"/>`;
  }).join('');
  const lines: string[] = [];
  for (let i = 1; i < 14; i++) {
    const t = (i / 14) ** 2;
    const y = horizon + t * (SIZE - horizon);
    lines.push(`<line x1="0" y1="${f(y)}" x2="${SIZE}" y2="${f(y)}"/>`);
  }
  for (let i = -12; i <= 12; i++) lines.push(`<line x1="${f(SIZE / 2 + i * 14)}" y1="${horizon}" x2="${f(SIZE / 2 + i * 150)}" y2="${SIZE}"/>`);
  return `<defs><linearGradient id="sun" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${rng.int(38, 52)},100%,62%)"/><stop offset="1" stop-color="hsl(${rng.int(315, 340)},92%,55%)"/></linearGradient>
<mask id="sunmask"><rect width="${SIZE}" height="${SIZE}" fill="white"/>${stripes}</mask></defs>
<circle cx="${sunX}" cy="${horizon}" r="${sunR}" fill="url(#sun)" mask="url(#sunmask)"/>
<rect x="0" y="${horizon}" width="${SIZE}" height="${SIZE - horizon}" fill="${p.background[1]}" opacity="0.92"/>
${glowStrokes(p.accents[2] ?? p.text, lines.join(''))}<g stroke="${p.accents[2]}" stroke-width="1.5">${lines.join('')}</g>`;
}

function softFields(p: Palette, rng: Rng): string {
  const blobs = Array.from({ length: rng.int(6, 10) }, () => {
    const color = rng.pick(p.accents);
    return `<ellipse cx="${rng.int(0, SIZE)}" cy="${rng.int(0, SIZE)}" rx="${rng.int(180, 420)}" ry="${rng.int(120, 300)}" fill="${color}" mask="url(#soft)" opacity="${(0.25 + rng.next() * 0.4).toFixed(2)}"/>`;
  });
  return `<defs>${softEdge('soft', 0)}</defs>${blobs.join('')}`;
}

function shards(p: Palette, rng: Rng): string {
  const polys = Array.from({ length: rng.int(9, 16) }, () => {
    const cx = rng.int(-100, SIZE + 100);
    const cy = rng.int(-100, SIZE * 0.8);
    const points = Array.from({ length: 3 }, () => `${f(cx + rng.int(-420, 420))},${f(cy + rng.int(-420, 420))}`).join(' ');
    return `<polygon points="${points}" fill="${rng.pick(p.accents)}" opacity="${(0.35 + rng.next() * 0.5).toFixed(2)}"/>`;
  });
  const slashes = Array.from({ length: rng.int(3, 6) }, () => {
    const x = rng.int(0, SIZE);
    return `<line x1="${x}" y1="0" x2="${x + rng.int(-500, 500)}" y2="${SIZE}" stroke="${p.text}" stroke-width="${rng.int(2, 7)}" opacity="0.5"/>`;
  });
  return polys.join('') + slashes.join('');
}

function orbs(p: Palette, rng: Rng): string {
  const circles = Array.from({ length: rng.int(14, 28) }, () => {
    const r = rng.int(20, 240);
    return `<circle cx="${rng.int(0, SIZE)}" cy="${rng.int(0, SIZE)}" r="${r}" fill="${rng.pick(p.accents)}" mask="url(#orbedge)" opacity="${(0.2 + rng.next() * 0.55).toFixed(2)}"/>`;
  });
  const ring = `<circle cx="${rng.int(300, 724)}" cy="${rng.int(250, 600)}" r="${rng.int(150, 300)}" fill="none" stroke="${p.text}" stroke-width="${rng.int(3, 10)}" opacity="0.55"/>`;
  return `<defs>${softEdge('orbedge', rng.int(55, 85) / 100)}</defs>${circles.join('')}${ring}`;
}

/**
 * A mask that fades a shape out toward its edge, solid up to `solidTo` of its radius: the soft
 * look of a Gaussian blur for a gradient's cost (resvg spends ~200 ms blurring a 1024² layer).
 */
function softEdge(id: string, solidTo: number): string {
  return `<radialGradient id="${id}-fade"><stop offset="${solidTo}" stop-color="white"/><stop offset="1" stop-color="white" stop-opacity="0"/></radialGradient>` +
    `<mask id="${id}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${id}-fade)"/></mask>`;
}

/** A neon glow under thin lines: wider strokes of falling opacity instead of a blur filter. */
function glowStrokes(color: string, lines: string): string {
  return [
    [9, 0.12],
    [6, 0.22],
    [3.5, 0.4],
  ].map(([width, opacity]) => `<g stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}" stroke-linecap="round">${lines}</g>`).join('');
}

function waves(p: Palette, rng: Rng): string {
  const count = rng.int(6, 11);
  return Array.from({ length: count }, (_, i) => {
    const base = 220 + (i * (SIZE - 260)) / count;
    const amp = rng.int(30, 120);
    const phase = rng.next() * Math.PI * 2;
    const freq = 1 + rng.next() * 2.5;
    let d = `M0 ${SIZE}`;
    for (let x = 0; x <= SIZE; x += 32) d += ` L${x} ${f(base + amp * Math.sin(phase + (x / SIZE) * Math.PI * 2 * freq))}`;
    d += ` L${SIZE} ${SIZE} Z`;
    return `<path d="${d}" fill="${p.accents[i % p.accents.length]}" opacity="${(0.25 + 0.4 * (i / count)).toFixed(2)}"/>`;
  }).join('');
}
