/**
 * The server's API, same origin, answered in the contract's envelope `{code, msg, data}`.
 * Every call resolves to the envelope (network failures become code 0) and never throws.
 */

async function call(path, key, init = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${key}`, ...init.headers };
  try {
    const response = await fetch(path, { ...init, headers, cache: 'no-store' });
    const envelope = await response.json().catch(() => null);
    if (envelope && typeof envelope.code === 'number') return envelope;
    return { code: response.status, msg: `Unexpected answer from the server (HTTP ${response.status}).`, data: null };
  } catch {
    return { code: 0, msg: 'The server cannot be reached: check the connection.', data: null };
  }
}

/** `GET /api/v1/generate/credit`: `data` is the key's remaining credits. */
export function getCredit(key) {
  return call('/api/v1/generate/credit', key);
}

/** `POST /api/v1/generate`: `data.taskId` on success, `data.issues` on a 400/413. */
export function generate(key, body) {
  return call('/api/v1/generate', key, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** `GET /api/v1/generate/record-info?taskId=`: the task's status and tracks. */
export function getRecordInfo(key, taskId) {
  return call(`/api/v1/generate/record-info?taskId=${encodeURIComponent(taskId)}`, key);
}
