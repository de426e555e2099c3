// Background work (uploads, imports, waveform peaks, release exports), with progress from
// 'import.progress' here and from 'peaks.progress' / 'release.progress' in the hooks that start
// those jobs. Shown in the status bar and next to the episode (or release) it concerns.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ImportProgress } from '../../shared/domain/types';
import { getApi } from '../api/client';

export type JobPhase = 'uploading' | ImportProgress['phase'] | 'peaks' | 'release';

export interface Job {
  id: string;
  fileName: string;
  /** The episode receiving the audio, null while it will be a new episode. */
  episodeId: number | null;
  phase: JobPhase;
  done: number;
  total: number;
}

export interface Jobs {
  jobs: Job[];
  start: (job: Job) => void;
  update: (id: string, patch: Partial<Job>) => void;
  finish: (id: string) => void;
}

export function useJobState(): Jobs {
  const [jobs, setJobs] = useState<Job[]>([]);
  const update = useCallback((id: string, patch: Partial<Job>) => {
    setJobs((list) => list.map((j) => (j.id === id ? { ...j, ...patch } : j)));
  }, []);
  const start = useCallback((job: Job) => setJobs((list) => [...list, job]), []);
  const finish = useCallback((id: string) => setJobs((list) => list.filter((j) => j.id !== id)), []);

  useEffect(() => getApi().on('import.progress', (p) => {
    update(p.jobId, { phase: p.phase, done: p.bytesDone, total: p.bytesTotal });
  }), [update]);

  return useMemo(() => ({ jobs, start, update, finish }), [jobs, start, update, finish]);
}

export const JobContext = createContext<Jobs | null>(null);

export function useJobs(): Jobs {
  const value = useContext(JobContext);
  if (!value) throw new Error('useJobs outside JobContext');
  return value;
}
