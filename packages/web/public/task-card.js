/**
 * One task: what was asked, a progress stepper over its status, and its tracks.
 */
import { FAILED_STATUSES, PROGRESS_STATUSES, TERMINAL_STATUSES } from './contract.js';
import { formatAge, h } from './dom.js';
import { TrackView } from './track-view.js';

const STEPS = [
  { status: 'PENDING', label: 'Queued' },
  { status: 'TEXT_SUCCESS', label: 'Lyrics & cover' },
  { status: 'FIRST_SUCCESS', label: 'First track' },
  { status: 'SUCCESS', label: 'Complete' },
];

const STATUS_TEXT = {
  PENDING: 'Waiting for a worker…',
  TEXT_SUCCESS: 'Lyrics and cover ready; rendering the audio. Press play to listen live.',
  FIRST_SUCCESS: 'The first track is ready; finishing the second.',
  SUCCESS: 'Both tracks are ready.',
  CALLBACK_EXCEPTION: 'Both tracks are ready. The callback to your URL could not be delivered.',
};

const STATE_WORDS = { done: 'done', current: 'in progress', failed: 'failed', todo: 'not started' };

/** How far a task got, from what is visible: 0 queued, 1 text, 2 one track finished, 3 all. */
function reachedStep(data) {
  const progress = PROGRESS_STATUSES.indexOf(data.status);
  if (progress >= 0) return progress;
  if (data.status === 'CALLBACK_EXCEPTION') return 3;
  const tracks = data.response?.sunoData ?? [];
  if (tracks.length === 0) return 0;
  return tracks.some((track) => track.audioUrl !== '') ? 2 : 1;
}

function parseParam(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

export class TaskCard {
  /**
   * @param {{taskId: string, submittedAt: number}} entry the remembered task
   * @param {{onReuse: (request: object, seed?: number) => void, onForget: (taskId: string) => void}} actions
   */
  constructor(entry, actions) {
    this.taskId = entry.taskId;
    this.submittedAt = entry.submittedAt;
    this.data = null;
    this.tracks = new Map();
    this.build(actions);
  }

  /** Whether the task can still change (unknown counts as unfinished until the server answers). */
  get unfinished() {
    return this.data === null || !TERMINAL_STATUSES.includes(this.data.status);
  }

  build(actions) {
    this.heading = h('h3.task-title', {}, 'Task ', h('code', {}, this.taskId.slice(0, 8)));
    this.meta = h('p.task-meta');
    this.reuse = h('button.ghost.small', { type: 'button', hidden: true, onclick: () => this.reuseRequest(actions.onReuse) }, 'Reuse settings');
    const forget = h('button.ghost.small', { type: 'button', onclick: () => actions.onForget(this.taskId), 'aria-label': `Forget task ${this.taskId}` }, 'Forget');
    this.steps = STEPS.map((step) => h('li', {}, h('span.dot', { 'aria-hidden': 'true' }), h('span.step-label', {}, step.label)));
    this.stepper = h('ol.stepper', { 'aria-label': 'Progress' }, this.steps);
    this.message = h('p.task-message');
    this.trackList = h('ul.track-grid');
    this.element = h(
      'li.task',
      { 'data-task-id': this.taskId },
      h('div.task-head', {}, h('div', {}, this.heading, this.meta), h('div.task-actions', {}, this.reuse, forget)),
      this.stepper,
      this.message,
      this.trackList,
    );
    this.renderMeta();
  }

  reuseRequest(onReuse) {
    if (!this.data) return;
    onReuse(parseParam(this.data.param), this.data.seed);
  }

  /** Shows record-info `data` for this task. */
  update(data) {
    this.data = data;
    const request = parseParam(data.param);
    const name = request.customMode ? request.title : request.prompt;
    if (name) this.heading.textContent = name.length > 80 ? `${name.slice(0, 80)}…` : name;
    this.reuse.hidden = false;
    this.renderMeta(request, data.seed);
    this.renderSteps(data);
    const failed = FAILED_STATUSES.includes(data.status);
    this.element.classList.toggle('failed', failed);
    this.element.classList.toggle('done', !this.unfinished && !failed);
    this.message.classList.toggle('error', failed);
    this.message.classList.toggle('warning', data.status === 'CALLBACK_EXCEPTION');
    this.message.textContent = failed
      ? `${data.errorMessage ?? 'The generation failed.'}${data.errorCode ? ` (code ${data.errorCode})` : ''}`
      : (STATUS_TEXT[data.status] ?? data.status);
    this.renderTracks(data.response?.sunoData ?? []);
  }

  /** Shows a problem reaching the task (unknown for this key, network...), keeping what was shown. */
  showProblem(message) {
    this.message.textContent = message;
    this.message.classList.add('error');
  }

  renderMeta(request = {}, seed) {
    const parts = [formatAge(this.submittedAt, Date.now())];
    if (request.model) parts.push(request.model);
    if (request.customMode !== undefined) parts.push(request.customMode ? 'custom' : 'simple');
    if (request.instrumental) parts.push('instrumental');
    if (typeof seed === 'number') parts.push(`seed ${seed}`);
    this.meta.textContent = parts.join(' · ');
  }

  renderSteps(data) {
    const reached = reachedStep(data);
    const failed = FAILED_STATUSES.includes(data.status);
    this.steps.forEach((step, index) => {
      const state = failed && index === Math.min(reached + 1, 3) ? 'failed' : index <= reached ? 'done' : !failed && index === reached + 1 ? 'current' : 'todo';
      step.className = state;
      step.setAttribute('aria-label', `${STEPS[index].label}: ${STATE_WORDS[state]}`);
      if (state === 'current') step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
  }

  renderTracks(tracks) {
    for (const track of tracks) {
      const view = this.tracks.get(track.id);
      if (view) {
        view.update(track);
        continue;
      }
      const created = new TrackView(track);
      this.tracks.set(track.id, created);
      this.trackList.append(created.element);
    }
  }
}
