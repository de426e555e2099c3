// Runs a release task (preflight, changes, export) in a worker thread with its own library
// connection: a 500-episode export keeps a thread busy for seconds, never the main event loop.
// A thread that cannot even load (a packaged app whose loader does not see into its asar, say)
// falls back to the caller's in-process run, so a release is slower then but never impossible.
// From source (.ts, under tsx or vitest) the worker goes through the peaks engine's tsx boot;
// in a bundle, release-worker.js must sit beside the bundled module (build/build-electron.mjs).

import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors.js';
import type { ReleaseProgress } from '../../../shared/domain/types.js';
import { nativeBindingInUse } from '../library/open-database.js';
import type { FromReleaseWorker, ReleaseResults, ReleaseThreadTask, ReleaseWorkerData, ToReleaseWorker } from './release-thread-protocol.js';

const fromSource = import.meta.url.endsWith('.ts');

function startWorker(data: ReleaseWorkerData, entry: URL | undefined): Worker {
  if (fromSource) {
    const source = (entry ?? new URL('./release-worker.ts', import.meta.url)).href;
    return new Worker(new URL('../peaks/worker-boot.mjs', import.meta.url), { workerData: { ...data, entry: source } });
  }
  return new Worker(entry ?? new URL('./release-worker.js', import.meta.url), { workerData: data });
}

export interface ReleaseThreadOptions {
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (progress: Omit<ReleaseProgress, 'jobId'>) => void;
  /** The same task in-process, run when the thread fails before its code has loaded. */
  fallback?: () => Promise<unknown>;
  /** Another worker entry: tests give one that cannot load. */
  workerEntry?: URL;
}

export function runReleaseTask<T extends ReleaseThreadTask>(
  libraryDir: string, task: T, options: ReleaseThreadOptions = {},
): Promise<ReleaseResults[T['op']]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new AppError('cancelled'));
  const worker = startWorker({ libraryDir, nativeBinding: nativeBindingInUse(), now: (options.now ?? new Date()).toISOString(), task },
    options.workerEntry);
  return new Promise((resolve, reject) => {
    let settled = false;
    let ready = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      fn();
    };
    // The worker stops at its next check and removes what it staged; terminating it would not.
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToReleaseWorker);
    signal?.addEventListener('abort', cancel, { once: true });
    const fallBack = (why: string) => {
      if (ready || !options.fallback) return false;
      const fallback = options.fallback;
      console.warn(`[release] the release thread could not start (${why}); running in-process instead`);
      settle(() => fallback().then((value) => resolve(value as ReleaseResults[T['op']]), reject));
      return true;
    };
    worker.on('message', (message: FromReleaseWorker) => {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'result') settle(() => resolve(message.value as ReleaseResults[T['op']]));
      else settle(() => reject(AppError.fromWire(message.error)));
    });
    worker.once('error', (error) => {
      const problem = error instanceof Error ? error.message : String(error);
      if (fallBack(problem)) return;
      settle(() => reject(new AppError('release_failed', { problem, problemFr: problem })));
    });
    worker.once('exit', (code) => {
      if (fallBack(`exit code ${code}`)) return;
      settle(() => reject(new AppError('release_failed', {
        problem: `the release thread stopped (exit code ${code})`, problemFr: `le fil de la version s'est arrêté (code ${code})`,
      })));
    });
  });
}
