// The preload and renderer are found beside the bundled main, wherever the app is installed.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVILEGED_SCHEMES } from '../../../../src/main/electron/schemes.js';
import { shellPaths } from '../../../../src/main/electron/shell-paths.js';

describe('shellPaths', () => {
  it('points at out/electron/preload.cjs, out/renderer and the Electron build of better-sqlite3', () => {
    const app = path.resolve('/opt/Balado Studio/resources/app.asar');
    const paths = shellPaths(pathToFileURL(path.join(app, 'out', 'electron', 'main.js')).href);
    expect(paths).toEqual({
      preload: path.join(app, 'out', 'electron', 'preload.cjs'),
      rendererDir: path.join(app, 'out', 'renderer'),
      electronNative: path.join(app, 'out', 'native', 'better_sqlite3.node'),
    });
  });
});

describe('PRIVILEGED_SCHEMES', () => {
  it('makes app:// a secure standard origin and lets media stream', () => {
    const byName = Object.fromEntries(PRIVILEGED_SCHEMES.map((s) => [s.scheme, s.privileges]));
    expect(byName.app).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(byName['balado-media']).toMatchObject({ standard: true, secure: true, stream: true, supportFetchAPI: true });
    for (const s of PRIVILEGED_SCHEMES) expect(s.privileges?.bypassCSP).toBeFalsy();
  });
});
