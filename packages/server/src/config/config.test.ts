import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has a default for every setting', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', CREDITS_PER_TASK: 10, FILE_URL_TTL: 604800, ALLOW_PRIVATE_CALLBACKS: false });
    expect(config.CALLBACK_RETRY_SCHEDULE).toEqual([60, 300, 900]);
    expect(config.WORKERS).toBeGreaterThanOrEqual(1);
  });
  it('reads SONGLOOM_* variables', () => {
    const config = loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_WORKERS: '0', SONGLOOM_CALLBACK_RETRY_SCHEDULE: '1,1,1', SONGLOOM_ALLOW_PRIVATE_CALLBACKS: 'true', SONGLOOM_PUBLIC_URL: 'https://music.example.com' });
    expect(config).toMatchObject({ PORT: 0, WORKERS: 0, CALLBACK_RETRY_SCHEDULE: [1, 1, 1], ALLOW_PRIVATE_CALLBACKS: true, PUBLIC_URL: 'https://music.example.com' });
  });
  it.each([
    ['SONGLOOM_PORT', 'abc'],
    ['SONGLOOM_PORT', '70000'],
    ['SONGLOOM_WORKERS', '-1'],
    ['SONGLOOM_CREDITS_PER_TASK', '1.5'],
    ['SONGLOOM_PUBLIC_URL', 'ftp://x'],
    ['SONGLOOM_ALLOW_PRIVATE_CALLBACKS', 'yes'],
    ['SONGLOOM_CALLBACK_RETRY_SCHEDULE', 'soon'],
    ['SONGLOOM_FILE_URL_TTL', '5'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
