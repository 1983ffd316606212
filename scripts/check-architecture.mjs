#!/usr/bin/env node
// The dependency rules of docs/architecture.md, checked on the import lines, plus "no import cycles".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve('packages');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.ts$/.test(name) && !/\.test\.ts$|\.test-support\.ts$/.test(name) && !full.includes(`${path.sep}testing${path.sep}`) && !full.includes(`${path.sep}bench${path.sep}`)) files.push(full);
  }
};
walk(root);

const importsOf = (file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => ({ spec: m[1], typeOnly: /^\s*(?:import|export)\s+type\s/.test(m[0]) }));
};
const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const problems = [];
const rules = [
  { where: /^(music|audio)\/src\//, banned: /^(node:(fs|net|http|https|child_process|worker_threads)|fs|net|@songloom\/server)/, why: 'music/audio are pure: no I/O, no server' },
  { where: /^server\/src\/domain\//, banned: /^(node:(fs|net|http|https|child_process)|\.\.\/(adapters|http|config|main|services))/, why: 'domain is pure' },
  { where: /^server\/src\/(services|pipeline|callbacks|worker)\//, banned: /\/(adapters|http|config|main)\//, why: 'use cases depend on ports, not adapters/http/config' },
  { where: /^(contract)\/src\//, banned: /^(?!zod$|\.)/, why: 'contract imports only zod' },
  { where: /^sdk\/src\//, banned: /^(?!@songloom\/contract$|\.|node:crypto$)/, why: 'sdk imports contract only' },
];
const graph = new Map();
for (const file of files) {
  const name = rel(file);
  const edges = [];
  for (const { spec, typeOnly } of importsOf(file)) {
    for (const rule of rules) {
      if (rule.where.test(name) && rule.banned.test(spec) && !(typeOnly && spec.startsWith('../'))) problems.push(`${name}: imports ${spec} (${rule.why})`);
    }
    if (spec.startsWith('.') && !typeOnly) edges.push(path.resolve(path.dirname(file), spec));
  }
  graph.set(file, edges);
}
const state = new Map();
const stack = [];
const visit = (file) => {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === 'open') problems.push(`import cycle: ${[...stack.slice(stack.indexOf(next)), next].map(rel).join(' -> ')}`);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file);
if (problems.length) {
  console.error(`Architecture rules broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`architecture: ${files.length} files, rules hold, no import cycles`);
