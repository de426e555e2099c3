// Where the built files sit relative to the bundled main (out/electron/main.js): the preload
// beside it, the renderer in out/renderer. Inside app.asar the same layout holds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function shellPaths(mainModuleUrl: string): { preload: string; rendererDir: string; electronNative: string } {
  const here = path.dirname(fileURLToPath(mainModuleUrl));
  return {
    preload: path.join(here, 'preload.cjs'),
    rendererDir: path.join(here, '..', 'renderer'),
    electronNative: path.join(here, '..', 'native', 'better_sqlite3.node'),
  };
}
