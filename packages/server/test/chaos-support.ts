import { request } from 'node:http';

/** What a hostile upload achieved: the answer, and how many bytes the server let it send. */
export interface UploadOutcome {
  status: number | null;
  json: any;
  sentBytes: number;
}

/**
 * Sends `totalBytes` of spaces to `url` as fast as the server takes them (chunked unless
 * `declaredLength` is given), and stops when the answer arrives.
 */
export function hostileUpload(url: string, method: string, totalBytes: number, declaredLength?: number): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    let sentBytes = 0;
    let settled = false;
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: 'Bearer sk_nobody' };
    if (declaredLength !== undefined) headers['content-length'] = String(declaredLength);
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        settled = true;
        req.destroy();
        let json: any = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? null, json, sentBytes });
      });
    });
    req.on('error', () => {
      if (!settled) setTimeout(() => !settled && resolve({ status: null, json: null, sentBytes }), 200);
    });
    const chunk = Buffer.alloc(64 * 1024, 32);
    const pump = (): void => {
      while (!settled && !req.destroyed && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!settled && !req.destroyed) req.end();
    };
    pump();
  });
}

/** Resident memory (MB) and CPU time (ms) of this process so far. */
export function usage(): { rssMb: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  return { rssMb: Math.round(process.memoryUsage().rss / 1e6), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}
