import { lookup } from 'node:dns/promises';
import type { HostResolver } from '../../ports/host-resolver.ts';

/** The system resolver (getaddrinfo, as `node:http` would use), returning every address. */
export function createDnsHostResolver(): HostResolver {
  return {
    async resolve(hostname) {
      const answers = await lookup(hostname, { all: true, verbatim: true });
      return answers.map((a) => a.address);
    },
  };
}
