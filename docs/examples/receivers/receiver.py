"""A songloom callback receiver: Python 3.8+, standard library only.

    SONGLOOM_WEBHOOK_SECRET=whsec_... PORT=8787 python3 receiver.py

It verifies the Standard Webhooks signature, answers 200 at once, skips a webhook-id it has
already accepted (retries and redeliveries reuse it) and does the work on a worker thread.
"""
import base64
import hashlib
import hmac
import json
import os
import queue
import re
import sys
import threading
import time
from collections import OrderedDict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRETS = [s for s in re.split(r"[\s,]+", os.environ.get("SONGLOOM_WEBHOOK_SECRET", "")) if s]
TOLERANCE_S = 300
SEEN_LIMIT = 100_000
if not SECRETS:
    sys.exit("set SONGLOOM_WEBHOOK_SECRET (whsec_..., several separated by commas while rotating)")


def log(line):
    print(line, flush=True)


def verify(headers, body):
    """True when one v1 signature of the header matches one of our secrets."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp") or ""
    signatures = (headers.get("webhook-signature") or "").split(" ")
    if not msg_id or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_S:
        return False
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    for secret in SECRETS:
        key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        for entry in signatures:
            version, _, value = entry.partition(",")
            if version == "v1" and hmac.compare_digest(value, expected):
                return True
    return False


# Accepted webhook-ids. In memory here; use a table with a unique key when you run several processes.
seen = OrderedDict()
seen_lock = threading.Lock()
work = queue.Queue()


def first_time(msg_id):
    with seen_lock:
        if msg_id in seen:
            return False
        seen[msg_id] = True
        if len(seen) > SEEN_LIMIT:
            seen.popitem(last=False)
        return True


def handle(msg_id, payload):
    """The actual work, after the 200 went out."""
    data = payload["data"]
    if data["callbackType"] == "error":
        log(f"processed {msg_id} error {data['task_id']} code={payload['code']} {payload['msg']}")
        return
    tracks = data.get("data") or []
    ready = sum(1 for t in tracks if t.get("audio_url"))
    log(f"processed {msg_id} {data['callbackType']} {data['task_id']} tracks={len(tracks)} ready={ready}")


def worker():
    while True:
        msg_id, payload = work.get()
        try:
            handle(msg_id, payload)
        except Exception as error:  # keep the worker alive
            log(f"failed {msg_id} {error!r}")


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if not verify(self.headers, body):
            log(f"rejected {self.headers.get('webhook-id') or '-'}")
            return self.reply(401, {"ok": False})
        msg_id = self.headers["webhook-id"]
        fresh = first_time(msg_id)
        self.reply(200, {"ok": True, "duplicate": not fresh})
        if not fresh:
            log(f"duplicate {msg_id}")
            return
        work.put((msg_id, json.loads(body)))

    def reply(self, status, obj):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    threading.Thread(target=worker, daemon=True).start()
    server = ThreadingHTTPServer((os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8787"))), Receiver)
    host, port = server.server_address[:2]
    log(f"listening on http://{host}:{port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
