import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIPv4 } from 'node:net';
import { classifyAddress, describeRefusal } from '../../domain/callback-url.ts';
import type { HostResolver } from '../../ports/host-resolver.ts';

/** Raised when the address about to be dialled is not a public unicast address. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_SONGLOOM_BLOCKED_ADDRESS';
  constructor(message: string) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Null when the address may be dialled, otherwise the refusal. */
export function refuseAddress(address: string, allowPrivate: boolean): BlockedAddressError | null {
  if (allowPrivate) return null;
  const kind = classifyAddress(address);
  return kind === 'public' ? null : new BlockedAddressError(describeRefusal(address, kind));
}

/**
 * A `lookup` for `net.connect` that resolves through `resolver` and refuses the connection when
 * any address of the answer is not public: the check runs on the very answer the socket dials,
 * so a name that resolved to a public address at submit and to a private one now is refused.
 */
export function createGuardedLookup(resolver: HostResolver, allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolver.resolve(hostname).then(
      (addresses) => {
        for (const address of addresses) {
          const refusal = refuseAddress(address, allowPrivate);
          if (refusal) return callback(refusal, '');
        }
        const entries = addresses
          .map((address): LookupAddress => ({ address, family: isIPv4(address) ? 4 : 6 }))
          .filter((e) => !options.family || options.family === e.family);
        const first = entries[0];
        if (!first) {
          const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
          err.code = 'ENOTFOUND';
          return callback(err, '');
        }
        if (options.all) return callback(null, entries);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
