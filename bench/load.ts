import { Worker } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

/**
 * Sends `total` requests with `concurrency` in flight from a separate thread (so the server's
 * thread keeps its own core), and reports throughput and latency percentiles.
 */
export function runLoad(spec: { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; total: number; concurrency: number }): Promise<LoadResult> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const http = require('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: workerData.concurrency });
    const url = new URL(workerData.url);
    const latencies = [];
    let sent = 0, failures = 0;
    const started = process.hrtime.bigint();
    function one() {
      return new Promise((resolve) => {
        const t0 = process.hrtime.bigint();
        const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: workerData.method, headers: workerData.headers, agent }, (res) => {
          res.resume();
          res.on('end', () => { if (res.statusCode !== 200) failures++; latencies.push(Number(process.hrtime.bigint() - t0) / 1e6); resolve(); });
        });
        req.on('error', () => { failures++; resolve(); });
        if (workerData.body) req.write(workerData.body);
        req.end();
      });
    }
    async function lane() { while (sent < workerData.total) { sent++; await one(); } }
    Promise.all(Array.from({ length: workerData.concurrency }, lane)).then(() => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
      parentPort.postMessage({ requests: latencies.length, seconds, perSecond: latencies.length / seconds, p50Ms: q(0.5), p99Ms: q(0.99), failures });
      agent.destroy();
    });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: spec });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
