import { describe, expect, it } from 'vitest';
import { classifyAddress, isPublicAddress, parseCallbackUrl } from './callback-url.ts';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped'],
    ['::ffff:10.0.0.1', 'ipv4Mapped'],
    ['::ffff:8.8.8.8', 'ipv4Mapped'],
    ['64:ff9b::a9fe:a9fe', 'nat64'],
    ['2002:7f00:1::', '6to4'],
    ['2001:0:4136:e378::1', 'teredo'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['[::1]', 'loopback'],
    ['not-an-ip', 'invalid'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '2a00:1450:4001::200e'])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });
});

describe('parseCallbackUrl', () => {
  const refused = (url: string, allowPrivate = false): string => {
    const result = parseCallbackUrl(url, allowPrivate);
    if (result.ok) throw new Error(`${url} was accepted`);
    return result.reason;
  };

  it('accepts http and https URLs with a public or named host', () => {
    expect(parseCallbackUrl('https://example.com/cb?x=1', false)).toMatchObject({ ok: true, host: 'example.com', literal: false });
    expect(parseCallbackUrl('http://8.8.8.8:8080/cb', false)).toMatchObject({ ok: true, literal: true });
  });

  it('refuses other schemes, credentials and unparsable input', () => {
    expect(refused('ftp://example.com/x')).toMatch(/scheme ftp/);
    expect(refused('file:///etc/passwd')).toMatch(/scheme file/);
    expect(refused('javascript:alert(1)')).toMatch(/scheme javascript/);
    expect(refused('https://user:pass@example.com/')).toMatch(/credentials/);
    expect(refused('https://user@example.com/')).toMatch(/credentials/);
    expect(refused('/relative/path')).toMatch(/absolute/);
  });

  it.each([
    'http://127.0.0.1/',
    'http://0x7f.0.0.1/',
    'http://2130706433/',
    'http://017700000001/',
    'http://127.1/',
    'http://0/',
    'http://10.0.0.5:8080/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.100.100.200/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:a00:1::1]/',
    'http://[2001::1]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://localhost:3000/',
    'http://api.localhost/',
  ])('refuses %s unless private targets are allowed', (url) => {
    expect(refused(url)).toMatch(/not public|loopback name/);
    expect(parseCallbackUrl(url, true).ok).toBe(true);
  });
});
