/**
 * The songloom dashboard: the API key and its credits, the "create a song" form, and the list
 * of the key's songs. Talks to the server it was loaded from.
 */
import { generate, getCredit } from './api.js';
import { loadApiKey, saveApiKey } from './storage.js';
import { SongForm } from './song-form.js';
import { TaskList } from './task-list.js';

const $ = (id) => document.getElementById(id);
const TASK_ID = /^[0-9a-f]{32}$/;

let apiKey = loadApiKey();

async function refreshCredit() {
  const value = $('credit-value');
  const box = value.parentElement;
  if (!apiKey) {
    value.textContent = '–';
    box.classList.remove('ok', 'low', 'invalid');
    return;
  }
  const envelope = await getCredit(apiKey);
  if (envelope.code === 200 && typeof envelope.data === 'number') {
    value.textContent = envelope.data.toLocaleString();
    box.classList.toggle('low', envelope.data < 10);
    box.classList.toggle('ok', envelope.data >= 10);
    box.classList.remove('invalid');
    $('api-key-error').textContent = '';
    $('api-key').removeAttribute('aria-invalid');
    return;
  }
  value.textContent = '–';
  box.classList.remove('ok', 'low');
  box.classList.add('invalid');
  if (envelope.code === 401) {
    $('api-key-error').textContent = envelope.msg;
    $('api-key').setAttribute('aria-invalid', 'true');
  }
}

const tasks = new TaskList({
  onReuse: (request, seed) => form.fill(request, seed),
  onSettled: () => void refreshCredit(),
});

const form = new SongForm(async (body) => {
  if (!apiKey) {
    $('api-key').focus();
    return { code: 401, msg: 'Enter your API key first (top of the page).', data: null };
  }
  const envelope = await generate(apiKey, body);
  if (envelope.code === 200 && envelope.data?.taskId) tasks.add(envelope.data.taskId);
  if (envelope.code === 401) $('api-key-error').textContent = envelope.msg;
  void refreshCredit();
  return envelope;
});

function useKey(key) {
  apiKey = key.trim();
  saveApiKey(apiKey);
  $('api-key').value = apiKey;
  tasks.setKey(apiKey);
  void refreshCredit();
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  useKey($('api-key').value);
});
$('api-key').addEventListener('change', () => useKey($('api-key').value));
$('key-visibility').addEventListener('click', (event) => {
  const input = $('api-key');
  const show = input.type === 'password';
  input.type = show ? 'text' : 'password';
  event.currentTarget.textContent = show ? 'Hide' : 'Show';
  event.currentTarget.setAttribute('aria-pressed', String(show));
});
$('watch-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('watch-id');
  const taskId = input.value.trim().toLowerCase();
  if (!TASK_ID.test(taskId) || !apiKey) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  input.value = '';
  tasks.add(taskId);
});

useKey(apiKey);
