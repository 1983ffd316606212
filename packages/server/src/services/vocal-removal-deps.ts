import type { VocalRemovalStore } from '../ports/vocal-removal-store.ts';
import type { ServiceDeps } from './service-deps.ts';

/** The use cases' deps plus the vocal-removal store and a way to wake the callback dispatcher. */
export interface VocalRemovalDeps extends ServiceDeps {
  vocalRemovals: VocalRemovalStore;
  /** Called after a task (and its stage event) is stored, so its callback goes out at once. */
  notifyCallbacks: () => void;
}
