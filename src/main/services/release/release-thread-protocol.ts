// Messages between the main process and the release worker thread (release-worker.ts).
// Everything crossing is structured-cloneable: dates as ISO text, errors as WireError.

import type { WireError } from '../../../shared/api/errors.js';
import type { ReleaseChanges, ReleaseExportResult, ReleaseProgress, ReleaseReport } from '../../../shared/domain/types.js';

export type ReleaseThreadTask =
  | { op: 'validate'; showId: number }
  | { op: 'changes'; showId: number }
  | { op: 'export'; showId: number; zip: boolean; allowWarnings: boolean };

export interface ReleaseResults {
  validate: ReleaseReport;
  changes: ReleaseChanges;
  export: ReleaseExportResult;
}

export interface ReleaseWorkerData {
  libraryDir: string;
  /** better-sqlite3's binding for this runtime (the Electron build), when it is not node_modules'. */
  nativeBinding: string | undefined;
  /** The release clock, ISO-8601. */
  now: string;
  task: ReleaseThreadTask;
}

/** Main → worker. */
export type ToReleaseWorker = { type: 'cancel' };

/** Worker → main. `ready` first: its code loaded, so a failure before it means the thread cannot run. */
export type FromReleaseWorker =
  | { type: 'ready' }
  | { type: 'progress'; progress: Omit<ReleaseProgress, 'jobId'> }
  | { type: 'result'; value: ReleaseResults[ReleaseThreadTask['op']] }
  | { type: 'error'; error: WireError };
