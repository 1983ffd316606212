/**
 * The "create a song" form: simple or custom mode, counters against the selected model's limits,
 * the request body it sends, and the server's validation issues shown beside their fields.
 */
import { DEFAULT_MODEL, DURATION_RANGE, MODELS, NON_CUSTOM_PROMPT_MAX } from './contract.js';

const $ = (id) => document.getElementById(id);

/** Text fields with a counter: element id -> its limit for a model in a mode. */
const COUNTED = {
  description: () => NON_CUSTOM_PROMPT_MAX,
  title: (model) => MODELS[model].title,
  style: (model) => MODELS[model].style,
  lyrics: (model) => MODELS[model].customPrompt,
};

/** Field ids whose error element is `<id>-error`, by the request field (path) they carry. */
const FIELD_IDS = { title: 'title', style: 'style', model: 'model', duration: 'duration', seed: 'seed', vocalGender: 'vocalGender', instrumental: 'instrumental' };

export class SongForm {
  /** @param {(body: object) => Promise<object>} submit sends the body; resolves to the envelope. */
  constructor(submit) {
    this.form = $('song-form');
    this.submitButton = $('submit');
    this.submit = submit;
    this.form.addEventListener('change', () => this.refresh());
    this.form.addEventListener('input', (event) => {
      this.clearError(event.target.id);
      this.refresh();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.refresh();
  }

  get custom() {
    return $('mode-custom').checked;
  }

  get model() {
    return MODELS[$('model').value] ? $('model').value : DEFAULT_MODEL;
  }

  /** Shows the fields of the mode, updates counters and the duration limit of the model. */
  refresh() {
    const custom = this.custom;
    const instrumental = $('instrumental').checked;
    for (const section of this.form.querySelectorAll('[data-mode]')) section.hidden = section.dataset.mode !== (custom ? 'custom' : 'simple');
    this.form.querySelector('.lyrics-field').hidden = instrumental;
    this.form.querySelector('[data-field="vocalGender"]').hidden = instrumental;
    $('duration').min = String(DURATION_RANGE.min);
    $('duration').max = String(MODELS[this.model].maxSeconds);
    $('duration').placeholder = `auto (${DURATION_RANGE.min}–${MODELS[this.model].maxSeconds})`;
    for (const [id, limitOf] of Object.entries(COUNTED)) {
      const length = [...$(id).value].length;
      const limit = limitOf(this.model);
      const counter = $(`${id}-count`);
      counter.textContent = `${length} / ${limit}`;
      counter.classList.toggle('over', length > limit);
    }
  }

  /** The `POST /api/v1/generate` body the form describes. */
  body() {
    const body = { customMode: this.custom, instrumental: $('instrumental').checked, model: this.model };
    if (this.custom) {
      body.title = $('title').value.trim();
      body.style = $('style').value.trim();
      if (!body.instrumental) {
        body.prompt = $('lyrics').value;
        const gender = this.form.querySelector('input[name="vocalGender"]:checked')?.value;
        if (gender) body.vocalGender = gender;
      }
    } else {
      body.prompt = $('description').value.trim();
    }
    for (const field of ['duration', 'seed']) {
      const text = $(field).value.trim();
      if (text !== '') body[field] = Number(text);
    }
    return body;
  }

  async send() {
    this.clearErrors();
    this.submitButton.disabled = true;
    this.submitButton.textContent = 'Sending…';
    try {
      const envelope = await this.submit(this.body());
      if (envelope.code !== 200) this.showErrors(envelope);
      return envelope;
    } finally {
      this.submitButton.disabled = false;
      this.submitButton.textContent = 'Create song';
    }
  }

  /** Puts each issue beside its field (the first one gets the focus); the rest above the button. */
  showErrors(envelope) {
    const issues = Array.isArray(envelope.data?.issues) ? envelope.data.issues : [];
    const unplaced = [];
    let first = null;
    for (const issue of issues) {
      const id = this.fieldIdOf(issue.path);
      if (id === null) {
        unplaced.push(issue.message);
        continue;
      }
      this.setError(id, issue.message);
      first ??= $(id === 'vocalGender' ? 'voice-any' : id);
    }
    if (issues.length === 0 || unplaced.length > 0) $('form-error').textContent = issues.length === 0 ? envelope.msg : unplaced.join(' · ');
    if (first) {
      first.closest('details')?.setAttribute('open', '');
      first.focus();
    }
  }

  fieldIdOf(path) {
    if (path === 'prompt') return this.custom ? 'lyrics' : 'description';
    return FIELD_IDS[path] ?? null;
  }

  setError(id, message) {
    $(`${id}-error`).textContent = message;
    $(id)?.setAttribute('aria-invalid', 'true');
  }

  clearError(id) {
    const error = $(`${id}-error`);
    if (!error) return;
    error.textContent = '';
    $(id)?.removeAttribute('aria-invalid');
  }

  clearErrors() {
    for (const id of ['description', 'lyrics', ...Object.values(FIELD_IDS)]) this.clearError(id);
    $('form-error').textContent = '';
  }

  /** Fills the form from a task's original request (record-info `param`) and its seed. */
  fill(request, seed) {
    $(request.customMode ? 'mode-custom' : 'mode-simple').checked = true;
    $('instrumental').checked = request.instrumental === true;
    if (MODELS[request.model]) $('model').value = request.model;
    if (request.customMode) {
      $('title').value = request.title ?? '';
      $('style').value = request.style ?? '';
      $('lyrics').value = request.prompt ?? '';
      const voice = { f: 'voice-f', m: 'voice-m' }[request.vocalGender] ?? 'voice-any';
      $(voice).checked = true;
    } else {
      $('description').value = request.prompt ?? '';
    }
    $('duration').value = typeof request.duration === 'number' ? String(request.duration) : '';
    $('seed').value = typeof seed === 'number' ? String(seed) : '';
    if (typeof seed === 'number') this.form.querySelector('details.advanced').open = true;
    this.clearErrors();
    this.refresh();
    this.form.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}
