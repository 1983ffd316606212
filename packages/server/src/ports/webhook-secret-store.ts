/** A signing secret of an API key. The current one has `expiresAt: null`; rotated ones expire. */
export interface WebhookSecret {
  apiKeyId: string;
  /** `whsec_` + base64 of the key bytes. */
  secret: string;
  createdAt: number;
  expiresAt: number | null;
}

/** Per-key webhook secrets with rotation. */
export interface WebhookSecretStore {
  /** The key's secrets that are current or not yet expired at `now`, current first, then newest first. */
  listActive(apiKeyId: string, now: number): Promise<WebhookSecret[]>;
  /**
   * In one transaction: sets `expiresAt = previousExpiresAt` on the current secret (if any) and
   * stores `secret` as the new current one.
   */
  rotate(apiKeyId: string, secret: string, now: number, previousExpiresAt: number): Promise<void>;
  /** Stores `secret` as current only when the key has no current secret; returns the current one either way. */
  createIfMissing(apiKeyId: string, secret: string, now: number): Promise<string>;
}
