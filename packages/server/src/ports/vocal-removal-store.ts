import type { VocalRemovalTask } from '../domain/vocal-removal.ts';

/**
 * Durable vocal-removal tasks. They share the stage-event outbox with generate tasks: creating one
 * records its `complete` stage event in the same transaction, so the callback dispatcher picks it
 * up like any other stage.
 */
export interface VocalRemovalStore {
  /** Stores a finished task and records its `complete` stage event, atomically. */
  createCompleted(task: VocalRemovalTask): Promise<void>;
  get(id: string): Promise<VocalRemovalTask | null>;
  /** Sets CALLBACK_EXCEPTION (delivery gave up); the files stay available. */
  markCallbackException(id: string, at: number): Promise<void>;
}
