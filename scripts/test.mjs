#!/usr/bin/env node
// `npm test`: typecheck, architecture rules, then every vitest suite; ends with one plain line
// "N passed, N failed[, N skipped]" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const extra = process.argv.slice(2);
let failedChecks = 0;

if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('typecheck failed');
  failedChecks++;
}
if (run('node', ['scripts/check-architecture.mjs']) !== 0) failedChecks++;

mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/vitest.json', { force: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json', ...extra]);
let passed = 0;
let failed = failedChecks;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} catch {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
