import { describe, expect, it } from 'vitest';
import type { HostResolver } from '../ports/host-resolver.ts';
import { checkCallbackUrl } from './check-callback-url.ts';

const resolver = (answers: Record<string, string[]>): HostResolver & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    async resolve(host) {
      asked.push(host);
      const found = answers[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found;
    },
  };
};

describe('checkCallbackUrl (submit time)', () => {
  const dns = resolver({
    'hooks.example.com': ['93.184.216.34', '2606:2800:220:1::1'],
    'internal.example.com': ['10.0.0.7'],
    'metadata.example.com': ['169.254.169.254'],
    'mixed.example.com': ['93.184.216.34', '127.0.0.1'],
    'mapped.example.com': ['::ffff:192.168.0.1'],
    'empty.example.com': [],
  });

  it('accepts a host whose every address is public', async () => {
    expect(await checkCallbackUrl('https://hooks.example.com/songloom', { resolver: dns, allowPrivate: false })).toBeNull();
  });

  it.each([
    ['internal.example.com', /10\.0\.0\.7 is not public \(private\)/],
    ['metadata.example.com', /169\.254\.169\.254 is not public \(linkLocal\)/],
    ['mixed.example.com', /127\.0\.0\.1 is not public \(loopback\)/],
    ['mapped.example.com', /ipv4Mapped/],
    ['empty.example.com', /does not resolve/],
    ['nowhere.example.com', /does not resolve/],
  ])('refuses %s', async (host, reason) => {
    expect(await checkCallbackUrl(`https://${host}/cb`, { resolver: dns, allowPrivate: false })).toMatch(reason);
  });

  it('refuses private literals without asking DNS, and allows everything private when told to', async () => {
    const quiet = resolver({});
    expect(await checkCallbackUrl('http://192.168.1.20/cb', { resolver: quiet, allowPrivate: false })).toMatch(/private/);
    expect(await checkCallbackUrl('http://internal.example.com/cb', { resolver: dns, allowPrivate: true })).toBeNull();
    expect(await checkCallbackUrl('http://127.0.0.1:9999/cb', { resolver: quiet, allowPrivate: true })).toBeNull();
    expect(quiet.asked).toEqual([]);
  });

  it('still refuses bad schemes and credentials when private targets are allowed', async () => {
    expect(await checkCallbackUrl('gopher://127.0.0.1/', { resolver: dns, allowPrivate: true })).toMatch(/scheme/);
    expect(await checkCallbackUrl('http://a:b@127.0.0.1/', { resolver: dns, allowPrivate: true })).toMatch(/credentials/);
  });
});
