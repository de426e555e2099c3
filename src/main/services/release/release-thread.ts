// Runs a release task (preflight, changes, export) in a worker thread with its own library
// connection: a 500-episode export keeps a thread busy for seconds, never the main event loop.
// From source (.ts, under tsx or vitest) the worker goes through the peaks engine's tsx boot;
// in a bundle, release-worker.js must sit beside the bundled module (build/build-electron.mjs).

import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors.js';
import type { ReleaseProgress } from '../../../shared/domain/types.js';
import { nativeBindingInUse } from '../library/open-database.js';
import type { FromReleaseWorker, ReleaseResults, ReleaseThreadTask, ReleaseWorkerData, ToReleaseWorker } from './release-thread-protocol.js';

const fromSource = import.meta.url.endsWith('.ts');

function startWorker(data: ReleaseWorkerData): Worker {
  if (fromSource) {
    const entry = new URL('./release-worker.ts', import.meta.url).href;
    return new Worker(new URL('../peaks/worker-boot.mjs', import.meta.url), { workerData: { ...data, entry } });
  }
  return new Worker(new URL('./release-worker.js', import.meta.url), { workerData: data });
}

export interface ReleaseThreadOptions {
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (progress: Omit<ReleaseProgress, 'jobId'>) => void;
}

export function runReleaseTask<T extends ReleaseThreadTask>(
  libraryDir: string, task: T, options: ReleaseThreadOptions = {},
): Promise<ReleaseResults[T['op']]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new AppError('cancelled'));
  const worker = startWorker({ libraryDir, nativeBinding: nativeBindingInUse(), now: (options.now ?? new Date()).toISOString(), task });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      fn();
    };
    // The worker stops at its next check and removes what it staged; terminating it would not.
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToReleaseWorker);
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: FromReleaseWorker) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'result') settle(() => resolve(message.value as ReleaseResults[T['op']]));
      else settle(() => reject(AppError.fromWire(message.error)));
    });
    worker.once('error', (error) => {
      const problem = error instanceof Error ? error.message : String(error);
      settle(() => reject(new AppError('release_failed', { problem, problemFr: problem })));
    });
    worker.once('exit', (code) => {
      settle(() => reject(new AppError('release_failed', {
        problem: `the release thread stopped (exit code ${code})`, problemFr: `le fil de la version s'est arrêté (code ${code})`,
      })));
    });
  });
}
