// Child process that keeps espeak-ng's WASM build compiled and runs its command line on request.
// espeak-ng is GPL-3.0: it runs here, in a separate program, never inside the service process.
// Protocol (IPC, advanced serialization):
//   request  { id, args: string[], files: { [path]: string }, read: string[] }
//   response { id, stdout: string[], stderr: string[], files: { [path]: Uint8Array } } | { id, error }
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('espeak-ng/package.json'));
const { default: ESpeakNg } = await import(pathToFileURL(join(distDir, 'dist/espeak-ng.js')).href);
const compiled = await WebAssembly.compile(await readFile(join(distDir, 'dist/espeak-ng.wasm')));

async function runOnce({ args, files, read }) {
  const stdout = [];
  const stderr = [];
  const module = await ESpeakNg({
    arguments: args,
    print: (line) => stdout.push(line),
    printErr: (line) => stderr.push(line),
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
    preRun: [
      (m) => {
        for (const [path, text] of Object.entries(files)) {
          m.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
          m.FS.writeFile(path, text);
        }
      },
    ],
  });
  const out = {};
  for (const path of read) {
    if (module.FS.analyzePath(path).exists) out[path] = module.FS.readFile(path);
  }
  return { stdout, stderr: stderr.filter((l) => !l.includes('keepRuntimeAlive')), files: out };
}

process.on('message', (request) => {
  runOnce(request).then(
    (result) => process.send({ id: request.id, ...result }),
    (error) => process.send({ id: request.id, error: String(error?.stack ?? error) }),
  );
});
process.send({ ready: true });
