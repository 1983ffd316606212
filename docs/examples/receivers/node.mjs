// A songloom callback receiver: Node 20+, no dependencies.
//   SONGLOOM_WEBHOOK_SECRET=whsec_... PORT=8787 node node.mjs
// It verifies the Standard Webhooks signature, answers 200 at once, skips a webhook-id it has
// already accepted (retries and redeliveries reuse it) and does the work afterwards.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const SECRETS = (process.env.SONGLOOM_WEBHOOK_SECRET ?? '').split(/[\s,]+/).filter(Boolean);
const TOLERANCE_S = 300;
if (SECRETS.length === 0) throw new Error('set SONGLOOM_WEBHOOK_SECRET (whsec_..., several separated by commas while rotating)');

/** True when one `v1,` signature of the header matches one of our secrets. */
function verify(headers, body) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = String(headers['webhook-signature'] ?? '').split(' ');
  if (!id || !/^\d+$/.test(timestamp ?? '')) return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > TOLERANCE_S) return false;
  for (const secret of SECRETS) {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
    for (const entry of signatures) {
      const [version, value] = entry.split(',');
      if (version !== 'v1' || !value) continue;
      const given = Buffer.from(value, 'base64');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
    }
  }
  return false;
}

// Accepted webhook-ids. In memory here; use a table with a unique key when you run several processes.
const seen = new Set();
const SEEN_LIMIT = 100_000;
function remember(id) {
  seen.add(id);
  if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value);
}

/** The actual work, after the 200 went out. */
async function handle(id, payload) {
  const { callbackType, task_id: taskId, data } = payload.data;
  if (callbackType === 'error') {
    console.log(`processed ${id} error ${taskId} code=${payload.code} ${payload.msg}`);
    return;
  }
  const ready = (data ?? []).filter((track) => track.audio_url !== '').length;
  console.log(`processed ${id} ${callbackType} ${taskId} tracks=${data?.length ?? 0} ready=${ready}`);
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') return res.writeHead(405).end();
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (!verify(req.headers, body)) {
      console.log(`rejected ${req.headers['webhook-id'] ?? '-'}`);
      return res.writeHead(401, { 'content-type': 'application/json' }).end('{"ok":false}');
    }
    const id = req.headers['webhook-id'];
    const duplicate = seen.has(id);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, duplicate }));
    if (duplicate) return console.log(`duplicate ${id}`);
    remember(id);
    setImmediate(() => handle(id, JSON.parse(body.toString('utf8'))).catch((e) => console.error(`failed ${id}`, e)));
  });
});

server.listen(Number(process.env.PORT ?? 8787), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`listening on http://${address}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
