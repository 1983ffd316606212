export interface ApiKey {
  id: string;
  /** The bearer token itself. */
  key: string;
  name: string;
  credits: number;
  createdAt: number;
}
