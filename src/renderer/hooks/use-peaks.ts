// The episode's waveform from peaks.get: at once from the cache, or filling in from the coarse
// overview of 'peaks.progress' events while main computes it. Leaving the tab does not stop the
// work (it lands in the cache); the cancel button withdraws every request this window made.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PeaksView } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { toAppError } from '../api/errors';
import type { AppError } from '../../shared/api/errors';
import { PeakBuffer } from '../lib/peak-levels';
import { useJobs } from './use-jobs';

export type PeaksStatus =
  | { phase: 'waiting' }
  | { phase: 'computing'; stage: 'overview' | 'refining'; fraction: number }
  | { phase: 'ready' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: AppError };

/** Bins of the whole-episode overview: enough for the strip and the zoomed-out detail view. */
const OVERVIEW_BINS = 20_000;

/** Requests still running per episode, so cancel reaches those made before a remount too. */
const pending = new Map<number, Set<string>>();

export function usePeaks(episodeId: number, assetId: number, fallbackDuration: number, fileName: string) {
  const { start: startJob, update: updateJob, finish: finishJob } = useJobs();
  const [view, setView] = useState<PeaksView | null>(null);
  const [buffer, setBuffer] = useState<PeakBuffer | null>(null);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<PeaksStatus>({ phase: 'waiting' });
  const attempt = useRef(0);

  const start = useCallback(() => {
    const mine = ++attempt.current;
    const jobId = crypto.randomUUID();
    const jobs = pending.get(episodeId) ?? new Set<string>();
    pending.set(episodeId, jobs.add(jobId));
    setStatus({ phase: 'waiting' });
    setView(null);
    // One status-bar entry per episode, however many requests (remounts) wait on the same run.
    const barId = `peaks-${episodeId}`;

    let provisional: PeakBuffer | null = null;
    let announced = false;
    const off = getApi().on('peaks.progress', (p) => {
      if (p.episodeId !== episodeId || p.phase === 'done') return;
      if (!announced) {
        announced = true;
        finishJob(barId);
        startJob({ id: barId, fileName, episodeId, phase: 'peaks', done: 0, total: 1000 });
      }
      updateJob(barId, { done: Math.round(p.fraction * 1000) });
      if (mine !== attempt.current) return;
      setStatus({ phase: 'computing', stage: p.phase, fraction: p.fraction });
      if (!p.overview || p.overview.min.length === 0) return;
      const n = p.overview.min.length;
      if (!provisional || provisional.bins !== n) {
        provisional = new PeakBuffer(fallbackDuration, n / Math.max(1e-6, fallbackDuration));
        setBuffer(provisional);
      }
      provisional.setOverview(p.overview.min, p.overview.max);
      setVersion((v) => v + 1);
    });

    getApi().invoke('peaks.get', { episodeId, jobId, overviewBins: OVERVIEW_BINS }).then(
      (result) => {
        if (mine !== attempt.current) return;
        const full = new PeakBuffer(result.duration, result.perSecond);
        full.setOverview(result.overview.min, result.overview.max);
        setView(result);
        setBuffer(full);
        setVersion((v) => v + 1);
        setStatus({ phase: 'ready' });
      },
      (e: unknown) => {
        if (mine !== attempt.current) return;
        const error = toAppError(e);
        setStatus(error.code === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', error });
      },
    ).finally(() => {
      off();
      jobs.delete(jobId);
      if (jobs.size === 0) finishJob(barId);
    });
  }, [episodeId, fallbackDuration, fileName, startJob, updateJob, finishJob]);

  useEffect(() => {
    start();
    return () => {
      attempt.current++;
    };
    // A new asset (relinked or replaced audio) is new peaks.
  }, [start, assetId]);

  const cancel = useCallback(() => {
    const jobs = pending.get(episodeId);
    for (const jobId of jobs ?? []) void getApi().invoke('peaks.cancel', { jobId }).catch(() => undefined);
  }, [episodeId]);

  const bump = useCallback(() => setVersion((v) => v + 1), []);

  return { view, buffer, version, status, cancel, retry: start, bump };
}
