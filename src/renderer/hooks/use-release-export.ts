// A show's release export: a job with 'release.progress' events, shown in the status bar, that
// can be cancelled. Its state lives in stores per show rather than in the tab, so leaving the
// tab (or the episode) while it runs loses nothing: coming back shows the progress or the outcome.
// Progress has its own store, read only by the progress bar, and is passed on at most every
// PROGRESS_INTERVAL_MS: main sends an event per MiB, far more than a bar can show, and rendering
// each one kept the window busy for the whole export.
import { useCallback } from 'react';
import type { AppError } from '../../shared/api/errors';
import type { Release, ReleaseProgress, ReleaseReport } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { toAppError } from '../api/errors';
import { overallFraction } from '../lib/release-progress';
import { createStore, type Store } from '../lib/store';
import { useJobs } from './use-jobs';
import { useStore } from './use-store';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; zip: boolean; cancelling: boolean }
  | { status: 'blocked'; report: ReleaseReport }
  | { status: 'done'; release: Release; report: ReleaseReport }
  | { status: 'cancelled' }
  | { status: 'failed'; error: AppError };

export interface ExportOptions {
  zip: boolean;
  allowWarnings: boolean;
}

/** Status-bar bars count in thousandths: smooth enough, and integer. */
const BAR_STEPS = 1000;
/** Ten updates a second look continuous and leave the window free. */
const PROGRESS_INTERVAL_MS = 100;

interface ShowExport {
  state: Store<{ state: ExportState }>;
  progress: Store<{ progress: ReleaseProgress | null }>;
}

const byShow = new Map<number, ShowExport>();
function exportOf(showId: number): ShowExport {
  let found = byShow.get(showId);
  if (!found) {
    found = {
      state: createStore<{ state: ExportState }>({ state: { status: 'idle' } }),
      progress: createStore<{ progress: ReleaseProgress | null }>({ progress: null }),
    };
    byShow.set(showId, found);
  }
  return found;
}

/** Calls `apply` with the latest value at most every `ms` (first at once, last always delivered). */
function throttled<T>(apply: (value: T) => void, ms: number) {
  let latest: { value: T } | null = null;
  let timer = 0;
  let last = 0;
  const flush = () => {
    timer = 0;
    last = performance.now();
    if (latest) apply(latest.value);
    latest = null;
  };
  return {
    push(value: T) {
      latest = { value };
      if (timer) return;
      const wait = Math.max(0, last + ms - performance.now());
      if (wait === 0) flush();
      else timer = window.setTimeout(flush, wait);
    },
    /** Delivers what is pending now (the end of the run). */
    end() {
      if (timer) window.clearTimeout(timer);
      flush();
    },
  };
}

/** The running export's latest progress, for the bar (the rest of the tab does not re-render). */
export function useExportProgress(showId: number): ReleaseProgress | null {
  return useStore(exportOf(showId).progress, (v) => v.progress);
}

/** `jobName` names the show in the status bar. */
export function useReleaseExport(showId: number, jobName: string, onError: (e: unknown) => void) {
  const { start: startJob, update: updateJob, finish: finishJob } = useJobs();
  const { state: store, progress: progressStore } = exportOf(showId);
  const state = useStore(store, (v) => v.state);

  const start = useCallback(async ({ zip, allowWarnings }: ExportOptions) => {
    if (store.get().state.status === 'running') return;
    const jobId = crypto.randomUUID();
    progressStore.set({ progress: null });
    store.set({ state: { status: 'running', jobId, zip, cancelling: false } });
    startJob({ id: jobId, fileName: jobName, episodeId: null, phase: 'release', done: 0, total: BAR_STEPS });
    const show = throttled((p: ReleaseProgress) => {
      progressStore.set({ progress: p });
      updateJob(jobId, { done: Math.round(overallFraction(p, zip) * BAR_STEPS) });
    }, PROGRESS_INTERVAL_MS);
    // Owned by this run: unsubscribed when the call settles, whatever the tab does meanwhile.
    const off = getApi().on('release.progress', (p) => {
      if (p.jobId === jobId) show.push(p);
    });
    try {
      const result = await getApi().invoke('release.export', { showId, zip, allowWarnings, jobId });
      store.set({ state: result.status === 'exported'
        ? { status: 'done', release: result.release, report: result.report }
        : { status: 'blocked', report: result.report } });
    } catch (e) {
      const error = toAppError(e);
      store.set({ state: error.code === 'cancelled' ? { status: 'cancelled' } : { status: 'failed', error } });
    } finally {
      off();
      show.end();
      finishJob(jobId);
    }
  }, [store, progressStore, showId, jobName, startJob, updateJob, finishJob]);

  const cancel = useCallback(async () => {
    const current = store.get().state;
    if (current.status !== 'running' || current.cancelling) return;
    store.set({ state: { ...current, cancelling: true } });
    try {
      // The export call itself then fails with `cancelled`, which ends the run above.
      await getApi().invoke('release.cancel', { jobId: current.jobId });
    } catch (e) {
      const now = store.get().state;
      if (now.status === 'running') store.set({ state: { ...now, cancelling: false } });
      onError(e);
    }
  }, [store, onError]);

  const dismiss = useCallback(() => {
    if (store.get().state.status !== 'running') store.set({ state: { status: 'idle' } });
  }, [store]);

  return { state, start, cancel, dismiss };
}
