import { lookup, Resolver } from 'node:dns/promises';
import type { HostResolver } from '../../ports/host-resolver.ts';

export interface DnsResolverOptions {
  /** The most one lookup may take, ms. */
  timeoutMs: number;
  /** Name servers to ask ("1.1.1.1", "127.0.0.1:5353"); default: the system's. */
  servers?: string[];
  /** How long an answer is reused, ms (at most its DNS TTL); a failure is remembered a tenth as long. */
  cacheMs?: number;
  now?: () => number;
}

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/**
 * Callback host names through c-ares (asynchronous sockets, not the libuv thread pool that
 * getaddrinfo shares with file I/O), so one tenant's dead name server delays nobody else: each
 * lookup has a deadline, lookups of one name share one query, answers are cached. A name DNS does
 * not know is then asked of getaddrinfo (/etc/hosts), under the same deadline.
 */
export function createDnsHostResolver(options: DnsResolverOptions = { timeoutMs: 3000 }): HostResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 1 });
  if (options.servers && options.servers.length > 0) resolver.setServers(options.servers);
  const cacheMs = options.cacheMs ?? 60_000;
  const now = options.now ?? (() => performance.timeOrigin + performance.now());
  const cache = new Map<string, { until: number; answer: Promise<string[]> }>();
  const inFlight = new Map<string, Promise<string[]>>();

  const ask = async (hostname: string): Promise<{ addresses: string[]; ttlS: number }> => {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(hostname, { ttl: true }), resolver.resolve6(hostname, { ttl: true })]);
    const answers = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
    if (answers.length > 0) return { addresses: answers.map((a) => a.address), ttlS: Math.min(...answers.map((a) => a.ttl)) };
    const codes = [v4, v6].map((r) => (r.status === 'rejected' ? (r.reason as NodeJS.ErrnoException).code : 'ENODATA'));
    if (codes.every((code) => code !== undefined && NOT_FOUND.has(code))) {
      const local = await lookup(hostname, { all: true, verbatim: true });
      return { addresses: local.map((a) => a.address), ttlS: cacheMs / 1000 };
    }
    const error: NodeJS.ErrnoException = new Error(`DNS lookup of ${hostname} failed (${codes.join(', ')})`);
    error.code = codes.find((c) => c !== undefined && !NOT_FOUND.has(c)) ?? 'ESERVFAIL';
    throw error;
  };

  const withDeadline = (hostname: string, work: Promise<string[]>): Promise<string[]> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error: NodeJS.ErrnoException = new Error(`DNS lookup of ${hostname} timed out after ${options.timeoutMs} ms`);
        error.code = 'ETIMEOUT';
        reject(error);
      }, options.timeoutMs);
      work.then(resolve, reject).finally(() => clearTimeout(timer));
    });

  return {
    resolve(rawHostname) {
      const hostname = rawHostname.toLowerCase();
      const cached = cache.get(hostname);
      if (cached && cached.until > now()) return cached.answer;
      const pending = inFlight.get(hostname);
      if (pending) return pending;
      const started = now();
      const answer = withDeadline(
        hostname,
        ask(hostname).then(({ addresses, ttlS }) => {
          cache.set(hostname, { until: started + Math.min(cacheMs, ttlS * 1000), answer: Promise.resolve(addresses) });
          return addresses;
        }),
      );
      inFlight.set(hostname, answer);
      answer.then(
        () => inFlight.delete(hostname),
        () => {
          inFlight.delete(hostname);
          const failed = answer;
          failed.catch(() => undefined);
          cache.set(hostname, { until: now() + cacheMs / 10, answer: failed });
        },
      );
      return answer;
    },
  };
}
