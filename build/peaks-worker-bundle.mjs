// esbuild options for the peaks worker thread, shared by build-electron.mjs, the peaks bench and
// the packaged-layout test so that all three run the same file. The bundle is self-contained
// (decoders bundled in; the lazily imported FLAC/Vorbis/Opus ones as chunks) and ES modules as
// .mjs: a packaged app runs it from app.asar.unpacked, where no node_modules and no package.json
// "type" are there to help (electron.config.ts asarUnpack, src/main/services/peaks/worker-path.ts).

/** Options for `build()`; `outdir` is where main's bundle is (start-worker.ts looks beside it). */
export function peaksWorkerBundle(outdir, target = 'node22') {
  return {
    entryPoints: { 'peaks-worker': 'src/main/services/peaks/peaks-worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'peaks-worker-chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target,
    // Some decoder packages are CommonJS that require() Node built-ins: an ES module bundle has
    // no require of its own, so each output file gets one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  };
}
