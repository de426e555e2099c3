// Bundles the Electron shell with esbuild: main (ESM, Node) and preload (CommonJS: a sandboxed
// preload cannot load ES modules). Run by `npm run build:electron`; the renderer is Vite's job.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { peaksWorkerBundle } from './peaks-worker-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'electron');

/** Electron 39 ships Node 22 and Chromium 142. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome142';

const common = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
};

function sizes(result) {
  return Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, { bytes }]) => `  ${file}  ${(bytes / 1024).toFixed(1)} KiB`);
}

rmSync(outDir, { recursive: true, force: true });

const builds = Promise.all([
  build({
    ...common,
    entryPoints: ['src/main/electron/main.ts'],
    outfile: 'out/electron/main.js',
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    // Every npm package stays in node_modules: electron is the runtime, better-sqlite3 is native
    // (rebuilt for Electron's ABI by electron-builder), the rest is loaded as published.
    packages: 'external',
  }),
  // The peaks engine decodes in worker threads: a self-contained entry beside main.js.
  build({ ...common, ...peaksWorkerBundle('out/electron', NODE_TARGET) }),
  // Release preflight and export run in a worker thread too (release-thread.ts looks for
  // ./release-worker.js beside the bundled module).
  build({
    ...common,
    entryPoints: ['src/main/services/release/release-worker.ts'],
    outfile: 'out/electron/release-worker.js',
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['src/preload/index.ts'],
    outfile: 'out/electron/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: CHROME_TARGET,
    // A sandboxed preload can require only 'electron' (and a few polyfills): everything else is
    // bundled in. CALL_NAMES comes from the contract, which builds its zod schemas on import, so
    // zod rides along (~750 KiB raw); minified it is ~450 KiB, parsed once per window.
    external: ['electron'],
    minify: true,
  }),
]);

let main;
let worker;
let releaseWorker;
let preload;
try {
  [main, worker, releaseWorker, preload] = await builds;
} catch {
  // esbuild has already printed each error with its file and line; the stack adds nothing.
  console.error('Electron shell build failed.');
  process.exit(1);
}

console.log(['Electron shell built:', ...sizes(main), ...sizes(worker), ...sizes(releaseWorker), ...sizes(preload)].join('\n'));
