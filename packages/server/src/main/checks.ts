import { createDnsHostResolver } from '../adapters/http-sender/dns-host-resolver.ts';
import { createCallbackUrlCheck as bindCallbackUrlCheck } from '../callbacks/check-callback-url.ts';
import type { Config } from '../config/config.ts';
import { createContentFilter } from '../domain/content-filter.ts';
import type { HostResolver } from '../ports/host-resolver.ts';
import type { ContentCheck } from '../services/service-deps.ts';

/** The content filter from the operator's word list and the artist-name switch. */
export function createContentCheck(config: Config): ContentCheck {
  const blockedWords = config.BLOCKED_WORDS.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const filter = createContentFilter({ blockedWords, blockArtists: config.BLOCK_ARTISTS });
  return (fields) => filter.check(fields);
}

/** The submit-time callBackUrl check (SSRF rules), resolving host names through DNS. */
export function createCallbackUrlCheck(config: Config): (url: string) => Promise<string | null> {
  return bindCallbackUrlCheck({ resolver: callbackHostResolver(config), allowPrivate: config.ALLOW_PRIVATE_CALLBACKS });
}

const resolvers = new WeakMap<Config, HostResolver>();

/** The one resolver (and cache) of callback host names for a configuration: submit checks and deliveries share it. */
export function callbackHostResolver(config: Config): HostResolver {
  let resolver = resolvers.get(config);
  if (!resolver) {
    resolver = createDnsHostResolver({ timeoutMs: config.DNS_TIMEOUT_MS, servers: config.DNS_SERVERS, cacheMs: config.DNS_CACHE_MS });
    resolvers.set(config, resolver);
  }
  return resolver;
}
