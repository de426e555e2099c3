// Starts a peaks worker thread for one part job. From source (.ts, under tsx or vitest) it goes
// through worker-boot.mjs; in a bundle, peaks-worker.js must sit beside the bundled module.

import { Worker } from 'node:worker_threads';
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
  return new Worker(new URL('./peaks-worker.js', import.meta.url), { workerData: job, resourceLimits });
}
