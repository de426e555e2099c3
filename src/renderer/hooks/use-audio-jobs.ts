// Import and relink: get a path main can read (Electron: the file's own path; browser host:
// an upload with progress), then run the call with a job id so hashing/probing progress shows.
import { useCallback } from 'react';
import type { Episode } from '../../shared/domain/types';
import { getApi, pathForImport } from '../api/client';
import { bilingual } from '../i18n/i18n-context';
import { useJobs } from './use-jobs';
import { useToasts } from './use-toasts';

export interface ImportTarget {
  showId: number;
  /** Replace this episode's audio; null makes a new episode. */
  episodeId: number | null;
}

export function useAudioJobs(onDone: (episode: Episode, isNew: boolean) => void) {
  const jobs = useJobs();
  const toasts = useToasts();

  const run = useCallback(async (file: File, episodeId: number | null, call: (path: string, jobId: string) => Promise<Episode>) => {
    const jobId = crypto.randomUUID();
    jobs.start({ id: jobId, fileName: file.name, episodeId, phase: 'uploading', done: 0, total: file.size });
    try {
      const path = await pathForImport(file, (done, total) => jobs.update(jobId, { done, total }));
      jobs.update(jobId, { phase: 'hashing', done: 0, total: file.size });
      const episode = await call(path, jobId);
      return episode;
    } catch (e) {
      toasts.error(e);
      return null;
    } finally {
      jobs.finish(jobId);
    }
  }, [jobs, toasts]);

  const importFile = useCallback(async (file: File, target: ImportTarget) => {
    const episode = await run(file, target.episodeId, (path, jobId) =>
      getApi().invoke('episodes.importAudio', { showId: target.showId, episodeId: target.episodeId, path, jobId }));
    if (!episode) return;
    toasts.info(bilingual('import.done', { name: file.name }));
    onDone(episode, target.episodeId === null);
  }, [run, toasts, onDone]);

  const relink = useCallback(async (file: File, episodeId: number) => {
    const episode = await run(file, episodeId, (path, jobId) =>
      getApi().invoke('episodes.relinkAudio', { id: episodeId, path, jobId }));
    if (!episode) return;
    toasts.info(bilingual('audio.relinked'));
    onDone(episode, false);
  }, [run, toasts, onDone]);

  return { importFile, relink };
}
