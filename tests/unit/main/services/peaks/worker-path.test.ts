// The peaks worker in a packaged app: the path swap to app.asar.unpacked, then the real layout
// electron-builder makes (main inside app.asar, the worker only in app.asar.unpacked, no
// node_modules anywhere) built with the same esbuild options as build-electron.mjs and run.
// A folder named app.asar is just a folder to Node, which is what lets this run without Electron.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../../../src/main/services/peaks/worker-path.js';
import { makeAudio } from '../../../../helpers/make-audio.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../../..');

describe('unpackedPath', () => {
  it('swaps the app.asar folder for app.asar.unpacked on every platform', () => {
    expect(unpackedPath('/opt/Balado Studio/resources/app.asar/out/electron/peaks-worker.mjs'))
      .toBe('/opt/Balado Studio/resources/app.asar.unpacked/out/electron/peaks-worker.mjs');
    expect(unpackedPath('/Applications/Balado Studio.app/Contents/Resources/app.asar/out/electron/peaks-worker.mjs'))
      .toBe('/Applications/Balado Studio.app/Contents/Resources/app.asar.unpacked/out/electron/peaks-worker.mjs');
    expect(unpackedPath('C:\\Program Files\\Balado Studio\\resources\\app.asar\\out\\electron\\peaks-worker.mjs'))
      .toBe('C:\\Program Files\\Balado Studio\\resources\\app.asar.unpacked\\out\\electron\\peaks-worker.mjs');
  });

  it('leaves paths outside an asar alone, and an unpacked path or a look-alike folder too', () => {
    for (const file of [
      '/work/balado/out/electron/peaks-worker.mjs',
      '/opt/app/resources/app.asar.unpacked/out/electron/peaks-worker.mjs',
      '/home/me/my.asar-notes/out/electron/peaks-worker.mjs',
    ]) expect(unpackedPath(file)).toBe(file);
  });
});

describe('the packaged layout', () => {
  let dir: string;
  let main: string;
  const resources = () => path.join(dir, 'resources');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-packaged-'));
    const runner = path.join(dir, 'runner.ts');
    fs.writeFileSync(runner, `
      import { computePeaks } from ${JSON.stringify(path.join(root, 'src/main/services/peaks/compute-peaks.ts'))};
      const data = await computePeaks(process.argv[2]);
      console.log(JSON.stringify({ samples: data.samples, sampleRate: data.sampleRate, lufs: data.loudness.integratedLufs }));
    `);
    const electronDir = (asar: string) => path.join(resources(), asar, 'out', 'electron');
    // Main as electron-builder leaves it: inside app.asar, everything it needs bundled in.
    await build({
      entryPoints: { main: runner }, outdir: electronDir('app.asar'), outExtension: { '.js': '.mjs' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    });
    const bundleUrl = pathToFileURL(path.join(root, 'build/peaks-worker-bundle.mjs')).href;
    const { peaksWorkerBundle } = (await import(bundleUrl)) as { peaksWorkerBundle: (outdir: string, target?: string) => BuildOptions };
    await build({ ...peaksWorkerBundle(electronDir('app.asar.unpacked'), 'node20'), absWorkingDir: root });
    main = path.join(electronDir('app.asar'), 'main.mjs');
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has the worker only beside app.asar and no node_modules to fall back on', () => {
    const files = fs.readdirSync(resources(), { recursive: true }).map(String);
    expect(files).toContain(path.join('app.asar.unpacked', 'out', 'electron', 'peaks-worker.mjs'));
    expect(files.filter((f) => f.includes('peaks-worker') && f.startsWith('app.asar' + path.sep))).toEqual([]);
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
    for (let up = dir; up !== path.dirname(up); up = path.dirname(up)) expect(fs.existsSync(path.join(up, 'node_modules'))).toBe(false);
  });

  it.each([
    // Two parts in two workers (over 20 s), then the decoders the worker imports lazily, as chunks.
    ['mp3', 30, 44_100],
    ['flac', 4, 44_100],
    ['opus', 4, 48_000],
  ] as const)('computes the peaks of %s with the unpacked worker', async (format, seconds, sampleRate) => {
    const file = await makeAudio(dir, { name: `tone-${format}`, format, seconds, channels: 2 });
    const { stdout } = await run(process.execPath, [main, file], { cwd: dir });
    const result = JSON.parse(stdout) as { samples: number; sampleRate: number; lufs: number | null };
    expect(result.sampleRate).toBe(sampleRate);
    expect(Math.abs(result.samples / sampleRate - seconds)).toBeLessThan(0.1);
    expect(result.lufs).not.toBeNull();
  });
});
