// Worker thread entry: a release's preflight, changes or export on a connection of its own, so the
// main process (and the window it serves) never waits on hundreds of episodes' XML and hashes.
// Bundled builds must emit this file as its own entry beside main.js (see release-thread.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { AppError, isAppError } from '../../../shared/api/errors.js';
import { Library } from '../library/library.js';
import { useNativeBinding } from '../library/open-database.js';
import { exportRelease } from './export-release.js';
import { validateReleaseShow } from './preflight.js';
import { releaseChanges } from './release-changes.js';
import type { FromReleaseWorker, ReleaseResults, ReleaseWorkerData, ToReleaseWorker } from './release-thread-protocol.js';

const data = workerData as ReleaseWorkerData;
const post = (message: FromReleaseWorker) => parentPort?.postMessage(message);
post({ type: 'ready' });
const controller = new AbortController();
parentPort?.on('message', (message: ToReleaseWorker) => {
  if (message.type === 'cancel') controller.abort();
});

async function run(library: Library): Promise<ReleaseResults[keyof ReleaseResults]> {
  const now = new Date(data.now);
  const { task } = data;
  const signal = controller.signal;
  switch (task.op) {
    case 'validate':
      return validateReleaseShow(library, task.showId, { now, signal });
    case 'changes':
      return releaseChanges(library, task.showId, { now, signal });
    case 'export':
      return exportRelease(library, {
        showId: task.showId, zip: task.zip, allowWarnings: task.allowWarnings, now, signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
  }
}

useNativeBinding(data.nativeBinding);
let library: Library | null = null;
try {
  library = Library.open(data.libraryDir);
  post({ type: 'result', value: await run(library) });
} catch (error) {
  const problem = error instanceof Error ? error.message : String(error);
  const appError = isAppError(error) ? error : new AppError('release_failed', { problem, problemFr: problem });
  post({ type: 'error', error: appError.toWire() });
} finally {
  library?.close();
  // The message port would keep the thread alive after its one task.
  parentPort?.close();
}
