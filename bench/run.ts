import { benchService } from './service-bench.ts';

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

async function main(): Promise<void> {
  console.log('# songloom benchmarks');
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  const service = await benchService();
  console.log('\n## Service (embedded defaults, one server process, load from a second thread)');
  console.log(`submit       ${fmt(service.submit.perSecond, 0)} req/s  p50 ${fmt(service.submit.p50Ms, 2)} ms  p99 ${fmt(service.submit.p99Ms, 2)} ms  (${service.submit.requests} requests, ${service.submit.failures} failed)`);
  console.log(`record-info  ${fmt(service.recordInfo.perSecond, 0)} req/s  p50 ${fmt(service.recordInfo.p50Ms, 2)} ms  p99 ${fmt(service.recordInfo.p99Ms, 2)} ms  (${service.recordInfo.requests} requests, ${service.recordInfo.failures} failed)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
