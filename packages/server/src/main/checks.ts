import { createDnsHostResolver } from '../adapters/http-sender/dns-host-resolver.ts';
import { createCallbackUrlCheck as bindCallbackUrlCheck } from '../callbacks/check-callback-url.ts';
import type { Config } from '../config/config.ts';
import { createContentFilter } from '../domain/content-filter.ts';
import type { ContentCheck } from '../services/service-deps.ts';

/** The content filter from the operator's word list and the artist-name switch. */
export function createContentCheck(config: Config): ContentCheck {
  const blockedWords = config.BLOCKED_WORDS.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const filter = createContentFilter({ blockedWords, blockArtists: config.BLOCK_ARTISTS });
  return (fields) => filter.check(fields);
}

/** The submit-time callBackUrl check (SSRF rules), resolving host names through DNS. */
export function createCallbackUrlCheck(config: Config): (url: string) => Promise<string | null> {
  return bindCallbackUrlCheck({ resolver: createDnsHostResolver(), allowPrivate: config.ALLOW_PRIVATE_CALLBACKS });
}
