import type { ApiKey } from '../domain/api-key.ts';
import { applyTransition, isTerminal, type TaskStatus } from '../domain/task-status.ts';
import type { Task, TaskFailure, Track } from '../domain/task.ts';
import type { StageEvent, SubmitOutcome, TaskStore, TrackPatch } from '../ports/task-store.ts';

/** An in-memory {@link TaskStore} for tests: the same semantics as the SQLite one, nothing durable. */
export class FakeTaskStore implements TaskStore {
  readonly keys = new Map<string, ApiKey>();
  readonly tasks = new Map<string, Task & { refunded: boolean }>();
  readonly tracks = new Map<string, Track>();
  readonly events: StageEvent[] = [];

  async createKey(key: ApiKey): Promise<void> {
    this.keys.set(key.id, { ...key });
  }
  async findKey(key: string): Promise<ApiKey | null> {
    return [...this.keys.values()].find((k) => k.key === key) ?? null;
  }
  async findKeyById(id: string): Promise<ApiKey | null> {
    return this.keys.get(id) ?? null;
  }
  async listKeys(): Promise<ApiKey[]> {
    return [...this.keys.values()];
  }
  async adjustCredits(key: string, delta: number): Promise<number | null> {
    const found = await this.findKey(key);
    if (!found) return null;
    found.credits = Math.max(0, found.credits + delta);
    return found.credits;
  }

  async submitTask(task: Task): Promise<SubmitOutcome> {
    const key = this.keys.get(task.apiKeyId);
    if (!key) throw new Error(`unknown key ${task.apiKeyId}`);
    if (key.credits < task.creditsCharged) return { ok: false, reason: 'insufficient_credits', balance: key.credits };
    key.credits -= task.creditsCharged;
    this.tasks.set(task.id, { ...task, status: 'PENDING', refunded: false });
    return { ok: true, balance: key.credits };
  }
  async getTask(id: string): Promise<Task | null> {
    const task = this.tasks.get(id);
    if (!task) return null;
    const { refunded: _refunded, ...rest } = task;
    return { ...rest };
  }
  async listUnfinishedTasks(): Promise<Task[]> {
    return [...this.tasks.values()].filter((t) => !isTerminal(t.status));
  }

  async completeText(taskId: string, tracks: Track[], at: number): Promise<void> {
    const task = this.#task(taskId);
    for (const track of tracks) if (!this.tracks.has(track.id)) this.tracks.set(track.id, { ...track });
    this.#advance(task, 'TEXT_SUCCESS', at);
  }
  async getTracks(taskId: string): Promise<Track[]> {
    return [...this.tracks.values()].filter((t) => t.taskId === taskId).sort((a, b) => a.index - b.index);
  }
  async getTrack(trackId: string): Promise<Track | null> {
    return this.tracks.get(trackId) ?? null;
  }
  async updateTrack(trackId: string, patch: TrackPatch): Promise<void> {
    const track = this.tracks.get(trackId);
    if (track) Object.assign(track, patch);
  }
  async completeTrack(trackId: string, duration: number, at: number): Promise<TaskStatus> {
    const track = this.tracks.get(trackId);
    if (!track) throw new Error(`unknown track ${trackId}`);
    const task = this.#task(track.taskId);
    track.state = 'done';
    track.duration = duration;
    const siblings = [...this.tracks.values()].filter((t) => t.taskId === task.id);
    this.#advance(task, siblings.every((t) => t.state === 'done') ? 'SUCCESS' : 'FIRST_SUCCESS', at);
    return task.status;
  }
  async failTask(taskId: string, status: TaskStatus, failure: TaskFailure, refund: boolean, at: number): Promise<void> {
    const task = this.#task(taskId);
    if (applyTransition(task.status, status) === null) return;
    task.error = failure;
    if (refund && !task.refunded) {
      task.refunded = true;
      const key = this.keys.get(task.apiKeyId);
      if (key) key.credits += task.creditsCharged;
    }
    this.#advance(task, status, at);
  }
  async markCallbackException(taskId: string, at: number): Promise<void> {
    const task = this.#task(taskId);
    this.#advance(task, 'CALLBACK_EXCEPTION', at);
  }

  async listStageEvents(afterSeq: number, limit: number): Promise<StageEvent[]> {
    return this.events.filter((e) => e.seq > afterSeq).slice(0, limit);
  }

  #task(id: string): Task & { refunded: boolean } {
    const task = this.tasks.get(id);
    if (!task) throw new Error(`unknown task ${id}`);
    return task;
  }

  #advance(task: Task, to: TaskStatus, at: number): void {
    const change = applyTransition(task.status, to);
    if (!change) return;
    task.status = change.status;
    task.updatedAt = at;
    const stage = change.stage;
    if (!stage || this.events.some((e) => e.taskId === task.id && e.stage === stage)) return;
    this.events.push({ seq: this.events.length + 1, taskId: task.id, stage, createdAt: at });
  }
}
