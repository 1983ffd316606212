import { classifyAddress, describeRefusal, parseCallbackUrl } from '../domain/callback-url.ts';
import type { HostResolver } from '../ports/host-resolver.ts';

/** What the submit-time check needs. */
export interface CallbackUrlPolicy {
  resolver: HostResolver;
  /** `SONGLOOM_ALLOW_PRIVATE_CALLBACKS`: skip the address checks (local development, tests). */
  allowPrivate: boolean;
}

/**
 * Checks a `callBackUrl` at submit: http(s), no credentials, and unless private targets are
 * allowed, a host that is (or whose every DNS address is) public unicast. Resolves to the reason
 * it is refused (e.g. "host a.test resolves to a refused address 10.0.0.1 ...") or null when fine;
 * submit turns a reason into a 400 naming `callBackUrl`.
 */
export async function checkCallbackUrl(raw: string, policy: CallbackUrlPolicy): Promise<string | null> {
  const parsed = parseCallbackUrl(raw, policy.allowPrivate);
  if (!parsed.ok) return parsed.reason;
  if (policy.allowPrivate || parsed.literal) return null;
  let addresses: string[];
  try {
    addresses = await policy.resolver.resolve(parsed.host);
  } catch {
    return `host ${parsed.host} does not resolve`;
  }
  if (addresses.length === 0) return `host ${parsed.host} does not resolve`;
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind !== 'public') return `host ${parsed.host} resolves to a refused ${describeRefusal(address, kind)}`;
  }
  return null;
}

/** `ServiceDeps.checkCallbackUrl` bound to a policy. */
export function createCallbackUrlCheck(policy: CallbackUrlPolicy): (url: string) => Promise<string | null> {
  return (url) => checkCallbackUrl(url, policy);
}
