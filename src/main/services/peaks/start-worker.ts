// Starts a peaks worker thread for one part job. From source (.ts, under tsx or vitest) it goes
// through worker-boot.mjs; in a bundle, peaks-worker.mjs must sit beside the bundled module, and
// in a packaged app its unpacked copy is used (worker-path.ts).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unpackedPath } from './worker-path.js';
import type { PartJob } from './worker-protocol.js';

const fromSource = import.meta.url.endsWith('.ts');

export function startPeaksWorker(job: PartJob): Worker {
  // A worker holds little: a decoder (outside the heap), one batch of bins, views on decoded
  // samples. Small heap limits make V8 collect early instead of growing: ~15 MB less RSS each.
  const resourceLimits = { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 48 };
  if (fromSource) {
    const entry = new URL('./peaks-worker.ts', import.meta.url).href;
    return new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { ...job, entry }, resourceLimits });
  }
  return new Worker(bundledWorker(), { workerData: job, resourceLimits });
}

function bundledWorker(): string {
  const inside = fileURLToPath(new URL('./peaks-worker.mjs', import.meta.url));
  const unpacked = unpackedPath(inside);
  // A package made without the asarUnpack entry still has the copy inside the asar: try that.
  return unpacked !== inside && existsSync(unpacked) ? unpacked : inside;
}
