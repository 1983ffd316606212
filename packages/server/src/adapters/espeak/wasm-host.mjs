// Child process that keeps one instance of espeak-ng's WASM build and runs its command line on request.
// espeak-ng is GPL-3.0: it runs here, in a separate program, never inside the service process.
// Protocol (IPC, advanced serialization):
//   request  { id, args: string[], files: { [path]: string }, read: string[] }
//   response { id, stdout: string[], stderr: string[], files: { [path]: Uint8Array } } | { id, error }
//
// Starting an instance costs ~250 ms (the runtime unpacks espeak-ng-data into its file system), and
// main() cannot simply be called twice (getopt and espeak keep state in C globals). So the instance
// is started once, its linear memory is copied before main ever runs, and every run puts that copy
// back first: each run starts from the same C state as a fresh instance (byte-identical output)
// for the cost of one memory copy (~5 ms).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('espeak-ng/package.json'));
const { default: ESpeakNg } = await import(pathToFileURL(join(distDir, 'dist/espeak-ng.js')).href);
const compiled = await WebAssembly.compile(await readFile(join(distDir, 'dist/espeak-ng.wasm')));

/** Runs before a fresh instance replaces this one, bounding what any leak in the runtime can grow to. */
const RUNS_PER_INSTANCE = 2000;

let output = { stdout: [], stderr: [] };

async function startInstance() {
  let exports;
  const module = await ESpeakNg({
    noInitialRun: true,
    print: (line) => output.stdout.push(line),
    printErr: (line) => output.stderr.push(line),
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => {
        exports = instance.exports;
        receive(instance, compiled);
      });
      return {};
    },
  });
  const openAtStart = new Set(openStreams(module.FS));
  return { module, exports, memory: new Uint8Array(exports.memory.buffer).slice(), stack: exports.stackSave(), openAtStart, runs: 0 };
}

function openStreams(fs) {
  return fs.streams.flatMap((stream, fd) => (stream ? [fd] : []));
}

function restore(instance) {
  const heap = new Uint8Array(instance.exports.memory.buffer);
  if (heap.length > instance.memory.length) heap.fill(0, instance.memory.length);
  heap.set(instance.memory);
  instance.exports.stackRestore(instance.stack);
}

function callMain(instance, args) {
  const { exports } = instance;
  const encoder = new TextEncoder();
  const argv = ['espeak-ng', ...args].map((arg) => {
    const bytes = encoder.encode(`${arg}\0`);
    const at = exports.malloc(bytes.length);
    new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    return at;
  });
  const table = exports.malloc(4 * (argv.length + 1));
  new Uint32Array(exports.memory.buffer, table, argv.length + 1).set([...argv, 0]);
  try {
    exports.__main_argc_argv(argv.length, table);
  } catch (error) {
    if (error?.name !== 'ExitStatus' || error.status !== 0) throw error;
  }
}

let current;

async function runOnce({ args, files, read }) {
  if (current === undefined || current.runs >= RUNS_PER_INSTANCE) current = await startInstance();
  const instance = current;
  const fs = instance.module.FS;
  instance.runs++;
  restore(instance);
  for (const path of read) if (fs.analyzePath(path).exists) fs.unlink(path);
  for (const [path, text] of Object.entries(files)) {
    fs.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    fs.writeFile(path, text);
  }
  output = { stdout: [], stderr: [] };
  try {
    callMain(instance, args);
  } finally {
    for (const fd of openStreams(fs)) if (!instance.openAtStart.has(fd)) fs.close(fs.streams[fd]);
  }
  const out = {};
  for (const path of read) if (fs.analyzePath(path).exists) out[path] = fs.readFile(path);
  return { stdout: output.stdout, stderr: output.stderr, files: out };
}

let queue = Promise.resolve();

process.on('message', (request) => {
  queue = queue.then(() =>
    runOnce(request).then(
      (result) => process.send({ id: request.id, ...result }),
      (error) => {
        current = undefined;
        process.send({ id: request.id, error: String(error?.stack ?? error) });
      },
    ),
  );
});
process.send({ ready: true });
