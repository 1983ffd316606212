/** Resolves a host name to every address DNS gives for it (v4 and v6), so each can be checked. */
export interface HostResolver {
  /** All addresses for `hostname`; rejects when the name does not resolve. */
  resolve(hostname: string): Promise<string[]>;
}
