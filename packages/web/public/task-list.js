/**
 * The tasks of the current key, newest first, kept up to date by polling record-info: every
 * 1.5 s while a task is unfinished, slower after network or server trouble, not at all once the
 * task is final.
 */
import { getRecordInfo } from './api.js';
import { forgetTask, loadTasks, rememberTask } from './storage.js';
import { TaskCard } from './task-card.js';

const POLL_MS = 1500;
const HIDDEN_POLL_MS = 5000;
const MAX_BACKOFF_MS = 15000;

/** Codes after which polling again later may work (network, rate limit, maintenance, server). */
const TRANSIENT_CODES = new Set([0, 405, 430, 455, 500, 502, 503, 504]);

export class TaskList {
  /**
   * @param {{onReuse: (request: object, seed?: number) => void, onSettled: () => void}} hooks
   *   onSettled runs when a task becomes final (its credits may have been refunded).
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.list = document.getElementById('task-list');
    this.empty = document.getElementById('tasks-empty');
    this.key = '';
    this.cards = new Map();
    this.timer = null;
    this.backoffMs = 0;
    this.polling = false;
    this.again = false;
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) this.schedule(0);
    });
  }

  /** Shows the tasks remembered for `key` and starts following them. */
  setKey(key) {
    this.key = key;
    this.cards.clear();
    this.list.replaceChildren();
    for (const entry of key ? loadTasks(key) : []) this.append(entry);
    this.renderEmpty();
    this.schedule(0);
  }

  /** Adds a task (just submitted, or followed by id) at the top and polls it now. */
  add(taskId, submittedAt = Date.now()) {
    if (!this.key) return;
    rememberTask(this.key, taskId, submittedAt);
    const existing = this.cards.get(taskId);
    if (existing) {
      this.list.prepend(existing.element);
    } else {
      const card = this.createCard({ taskId, submittedAt });
      this.list.prepend(card.element);
    }
    this.renderEmpty();
    this.schedule(0);
  }

  forget(taskId) {
    forgetTask(this.key, taskId);
    this.cards.get(taskId)?.element.remove();
    this.cards.delete(taskId);
    this.renderEmpty();
  }

  append(entry) {
    this.list.append(this.createCard(entry).element);
  }

  createCard(entry) {
    const card = new TaskCard(entry, { onReuse: this.hooks.onReuse, onForget: (taskId) => this.forget(taskId) });
    this.cards.set(entry.taskId, card);
    return card;
  }

  renderEmpty() {
    this.empty.hidden = this.cards.size > 0;
  }

  schedule(delayMs) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
  }

  /** Polls every unfinished task once, then plans the next round if any is left. */
  async poll() {
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = true;
    try {
      await this.pollRound();
    } finally {
      this.polling = false;
    }
    if (this.again) {
      this.again = false;
      this.schedule(0);
    }
  }

  async pollRound() {
    const key = this.key;
    const due = [...this.cards.values()].filter((card) => card.unfinished && !card.gone);
    if (!key || due.length === 0) return;
    const results = await Promise.all(due.map((card) => this.pollCard(key, card)));
    if (key !== this.key) return;
    const trouble = results.includes('transient');
    this.backoffMs = trouble ? Math.min(MAX_BACKOFF_MS, Math.max(POLL_MS, this.backoffMs * 2)) : 0;
    if (due.some((card) => card.unfinished && !card.gone)) {
      this.schedule(this.backoffMs || (document.hidden ? HIDDEN_POLL_MS : POLL_MS));
    }
  }

  async pollCard(key, card) {
    const envelope = await getRecordInfo(key, card.taskId);
    if (key !== this.key || this.cards.get(card.taskId) !== card) return 'stale';
    if (envelope.code === 200 && envelope.data) {
      const wasUnfinished = card.unfinished;
      card.update(envelope.data);
      if (wasUnfinished && !card.unfinished) this.hooks.onSettled();
      return 'ok';
    }
    if (TRANSIENT_CODES.has(envelope.code)) {
      card.showProblem(`${envelope.msg} Retrying…`);
      return 'transient';
    }
    card.gone = true;
    card.showProblem(envelope.code === 404 ? 'This task is unknown to the server for this API key.' : envelope.msg);
    return 'gone';
  }
}
