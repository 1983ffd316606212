import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DURATION_RANGE, MODEL_LIMITS, MODEL_MAX_SECONDS, MODEL_NAMES, NON_CUSTOM_PROMPT_MAX, SEED_MAX } from '@songloom/contract';
import { FAILED_STATUSES, TERMINAL_STATUSES } from '@songloom/contract';
import { createPageRoutes, defaultPublicDir } from './pages.ts';

const app = createPageRoutes();

describe('page routes', () => {
  it('serves the dashboard at / as HTML with the song form, never cached without revalidation', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<form id="song-form"');
    for (const id of ['api-key', 'description', 'title', 'style', 'lyrics', 'instrumental', 'model', 'duration', 'seed']) {
      expect(html).toMatch(new RegExp(`<label for="${id}"`));
    }
  });

  it('links the assets from the page pinned to their content, and serves those for a year', async () => {
    const html = await (await app.request('/')).text();
    const link = /src="(\/assets\/app\.js\?v=([0-9a-f]{10}))"/.exec(html);
    expect(link).not.toBeNull();
    expect(html).toMatch(/href="\/assets\/styles\.css\?v=[0-9a-f]{10}"/);
    expect(html).not.toMatch(/https?:\/\//);
    const pinned = await app.request(link?.[1] ?? '');
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stale = await app.request('/assets/app.js?v=0000000000');
    expect(stale.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves /assets/app.js as JavaScript, and each asset with its type', async () => {
    const response = await app.request('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await response.text();
    expect(body).toBe(readFileSync(join(defaultPublicDir(), 'app.js'), 'utf8'));
    expect((await app.request('/assets/styles.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await app.request('/assets/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers a matching If-None-Match with 304 and no body, and HEAD without a body', async () => {
    const first = await app.request('/assets/styles.css');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    const again = await app.request('/assets/styles.css', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for an unknown asset', async () => {
    expect((await app.request('/assets/nope.js')).status).toBe(404);
    expect((await app.request('/assets/')).status).toBe(404);
  });

  it.each([
    '/assets/../package.json',
    '/assets/%2e%2e/package.json',
    '/assets/..%2fpackage.json',
    '/assets/%2e%2e%2fpackage.json',
    '/assets/..%5cpackage.json',
    '/assets/%252e%252e%252fpackage.json',
    '/assets/%E0%A4%A',
  ])('refuses the path %s', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('@songloom/web');
  });

  it('serves only the known file types the folder held when created, subfolders included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'songloom-pages-'));
    try {
      mkdirSync(join(dir, 'img'));
      writeFileSync(join(dir, 'index.html'), '<script src="main.js"></script><img src="img/logo.svg"><a href="notes.txt">');
      writeFileSync(join(dir, 'main.js'), 'export {};');
      writeFileSync(join(dir, 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(dir, 'notes.txt'), 'secret');
      writeFileSync(join(dir, '.env.js'), 'secret');
      const routes = createPageRoutes({ publicDir: dir });
      writeFileSync(join(dir, 'later.js'), 'export {};');
      const html = await (await routes.request('/')).text();
      expect(html).toMatch(/^<script src="\/assets\/main\.js\?v=[0-9a-f]{10}"><\/script><img src="\/assets\/img\/logo\.svg\?v=[0-9a-f]{10}"><a href="notes\.txt">$/);
      expect((await routes.request('/assets/img/logo.svg')).status).toBe(200);
      expect((await routes.request('/assets/img%2Flogo.svg')).status).toBe(200);
      for (const path of ['/assets/notes.txt', '/assets/.env.js', '/assets/later.js']) {
        expect((await routes.request(path)).status).toBe(404);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without an index.html', () => {
    expect(() => createPageRoutes({ publicDir: join(defaultPublicDir(), '..') })).toThrow(/index\.html/);
  });
});

describe('the page mirrors the contract', () => {
  it('has the contract models, limits, ranges and statuses in contract.js', async () => {
    const mirror = (await import(pathToFileURL(join(defaultPublicDir(), 'contract.js')).href)) as Record<string, unknown>;
    const models = Object.fromEntries(
      MODEL_NAMES.map((name) => {
        const { customPrompt, style, title } = MODEL_LIMITS[name];
        return [name, { customPrompt, style, title, maxSeconds: MODEL_MAX_SECONDS[name] }];
      }),
    );
    expect(mirror['MODELS']).toEqual(models);
    expect(Object.keys(mirror['MODELS'] as object)).toEqual([...MODEL_NAMES]);
    expect(mirror['NON_CUSTOM_PROMPT_MAX']).toBe(NON_CUSTOM_PROMPT_MAX);
    expect(mirror['DURATION_RANGE']).toEqual(DURATION_RANGE);
    expect(mirror['SEED_MAX']).toBe(SEED_MAX);
    expect(mirror['FAILED_STATUSES']).toEqual([...FAILED_STATUSES]);
    expect(mirror['TERMINAL_STATUSES']).toEqual([...TERMINAL_STATUSES]);
  });

  it('offers every model in the form, in the contract order', async () => {
    const html = await (await app.request('/')).text();
    const select = /<select id="model"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    const values = [...select.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1]);
    expect(values).toEqual([...MODEL_NAMES]);
  });
});
