/**
 * What the page remembers in this browser: the API key, and per key the tasks it submitted
 * (newest first). Storage may be unavailable (private mode, quotas): then nothing is remembered.
 */

const KEY_ITEM = 'songloom.apiKey';
const MAX_TASKS = 50;

function read(item, fallback) {
  try {
    const text = localStorage.getItem(item);
    return text === null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

function write(item, value) {
  try {
    if (value === null) localStorage.removeItem(item);
    else localStorage.setItem(item, JSON.stringify(value));
  } catch {
    // Not remembered; the page still works for this visit.
  }
}

/** The saved API key, or ''. */
export function loadApiKey() {
  const key = read(KEY_ITEM, '');
  return typeof key === 'string' ? key : '';
}

/** Saves the API key ('' forgets it). */
export function saveApiKey(key) {
  write(KEY_ITEM, key === '' ? null : key);
}

/** FNV-1a of the key: tasks are filed per key without writing the key a second time. */
function keyTag(key) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function tasksItem(key) {
  return `songloom.tasks.${keyTag(key)}`;
}

/** Tasks remembered for a key: `[{ taskId, submittedAt }]`, newest first. */
export function loadTasks(key) {
  const tasks = read(tasksItem(key), []);
  if (!Array.isArray(tasks)) return [];
  return tasks.filter((task) => task && typeof task.taskId === 'string' && typeof task.submittedAt === 'number');
}

/** Remembers a task first in the list (once), keeping the newest {@link MAX_TASKS}. */
export function rememberTask(key, taskId, submittedAt) {
  const others = loadTasks(key).filter((task) => task.taskId !== taskId);
  write(tasksItem(key), [{ taskId, submittedAt }, ...others].slice(0, MAX_TASKS));
}

/** Forgets a task. */
export function forgetTask(key, taskId) {
  write(tasksItem(key), loadTasks(key).filter((task) => task.taskId !== taskId));
}
