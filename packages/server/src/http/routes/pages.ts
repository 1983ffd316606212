import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { Hono, type Context } from 'hono';

/** Options of {@link createPageRoutes}. */
export interface PageRouteOptions {
  /** Folder of the dashboard's static files; defaults to `public/` of the `@songloom/web` package. */
  publicDir?: string;
}

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  /** Short content hash: `?v=<version>` pins this exact content, so it may be cached for a year. */
  version: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The page's own scripts and styles only; covers and audio may come from the configured public
 * URL of the server, which need not be the origin the page was loaded from.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' http: https: data:",
  "media-src 'self' http: https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the `@songloom/web` package keeps its static files. */
export function defaultPublicDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@songloom/web/package.json')), 'public');
}

/**
 * The dashboard: `/` (index.html) and `/assets/*` (its scripts, styles and icons).
 *
 * The files are read once, when the routes are created, and requests are answered from that
 * table: a request can only ever name a file that was there, so no path can reach outside the
 * folder. index.html is never cached without revalidation; asset links in it are pinned to
 * `?v=<content hash>` and cached for a year, other asset requests revalidate with the ETag.
 */
export function createPageRoutes(options: PageRouteOptions = {}): Hono {
  const assets = loadAssets(options.publicDir ?? defaultPublicDir());
  const index = assets.get('index.html');
  if (!index) throw new Error('The dashboard has no index.html: reinstall @songloom/web.');
  const page = pinAssetLinks(index, assets);
  const app = new Hono();
  app.get('/', (c) => send(c, page, REVALIDATE, true));
  app.get('/index.html', (c) => c.redirect('/', 301));
  app.get('/assets/*', (c) => {
    const name = assetName(c.req.url);
    const asset = name === null ? undefined : assets.get(name);
    if (!asset) return c.notFound();
    return send(c, asset, c.req.query('v') === asset.version ? IMMUTABLE : REVALIDATE, false);
  });
  return app;
}

/** The asset a URL names (relative to /assets/, percent-decoded), or null when it cannot name one. */
function assetName(url: string): string | null {
  const path = new URL(url).pathname;
  if (!path.startsWith('/assets/')) return null;
  try {
    return decodeURIComponent(path.slice('/assets/'.length));
  } catch {
    return null;
  }
}

function send(c: Context, asset: Asset, cacheControl: string, isPage: boolean): Response {
  const headers: Record<string, string> = {
    'Content-Type': asset.contentType,
    'Cache-Control': cacheControl,
    ETag: asset.etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (isPage) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['Referrer-Policy'] = 'no-referrer';
  }
  if (matchesEtag(c.req.header('if-none-match'), asset.etag)) return new Response(null, { status: 304, headers });
  headers['Content-Length'] = String(asset.body.byteLength);
  return new Response(c.req.method === 'HEAD' ? null : asset.body, { status: 200, headers });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** Every servable file under `root`, by its path relative to it with `/` separators. */
function loadAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of listFiles(root)) {
    const contentType = CONTENT_TYPES[extname(file)];
    if (contentType === undefined) continue;
    const bytes = readFileSync(file);
    const body = new Uint8Array(bytes.byteLength);
    body.set(bytes);
    assets.set(relative(root, file).split(sep).join('/'), makeAsset(body, contentType));
  }
  return assets;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

function makeAsset(body: Uint8Array<ArrayBuffer>, contentType: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex');
  return { body, contentType, etag: `"${hash.slice(0, 20)}"`, version: hash.slice(0, 10) };
}

/**
 * index.html links its files relatively (`src="app.js"`), so that it also opens straight from the
 * folder; served, those links become `/assets/app.js?v=<version>`.
 */
function pinAssetLinks(index: Asset, assets: Map<string, Asset>): Asset {
  const html = new TextDecoder().decode(index.body);
  const pinned = html.replace(/\b(src|href)="([\w./-]+)"/g, (whole, attribute: string, name: string) => {
    const asset = assets.get(name);
    return asset && name !== 'index.html' ? `${attribute}="/assets/${name}?v=${asset.version}"` : whole;
  });
  return makeAsset(new TextEncoder().encode(pinned) as Uint8Array<ArrayBuffer>, index.contentType);
}
