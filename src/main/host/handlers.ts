// The contract's calls, each mapped onto a service. Exhaustive by type: a call added to the
// contract without a handler here does not compile.

import path from 'node:path';
import type { Handlers } from './dispatch.js';
import { backupFileName } from '../services/library/backup.js';
import type { EventBus } from './event-bus.js';
import type { ImportPolicy } from './import-policy.js';
import type { Library } from '../services/library/library.js';
import { importAudio } from '../services/audio/import-audio.js';
import { checkEpisodeAudio, relinkAudio } from '../services/audio/file-integrity.js';
import { importEpisodeArtwork } from '../services/artwork/import-episode-artwork.js';
import { importTranscript } from '../services/transcripts/import-transcript.js';
import { createSampleShow } from '../services/sample/sample-show.js';
import { importArtwork } from '../services/artwork/import-artwork.js';
import { showArtworkFacts } from '../services/artwork/show-artwork.js';
import { listChapters, replaceChapters } from '../services/chapters/chapter-list.js';
import { exportChapterText } from '../services/chapters/export-chapters.js';
import { importChapterText, importEmbeddedChapters } from '../services/chapters/import-chapters.js';
import { getEpisodePeaks } from '../services/peaks/peaks-call.js';
import { PeaksService } from '../services/peaks/peaks-service.js';
import { exportRelease } from '../services/release/export-release.js';
import { validateReleaseShow } from '../services/release/preflight.js';
import { releaseChanges } from '../services/release/release-changes.js';
import { ReleaseJobs } from '../services/release/release-jobs.js';
import { runReleaseTask } from '../services/release/release-thread.js';
import { importFeed } from '../services/feed-import/import-feed.js';
import { notesHandlers } from '../services/notes/notes-handlers.js';
import type { LibraryInfo, ReleaseProgress } from '../../shared/domain/types.js';
import type { ShutdownTasks } from './shutdown-tasks.js';

export interface HandlerContext {
  library: Library;
  events: EventBus;
  importPolicy: ImportPolicy;
  info: Omit<LibraryInfo, 'schemaVersion'>;
  /** Where running computations register what must stop before the library closes. */
  shutdown?: ShutdownTasks;
  /** Shows a file in the system's file manager (the desktop shell); absent in the browser host. */
  reveal?: (file: string) => void;
  /** Asks where to write a backup (the desktop shell's save dialog); null = cancelled. Absent: <library>/backups/. */
  chooseBackupFile?: (suggestedName: string) => Promise<string | null>;
}

export function createHandlers({ library, events, importPolicy, info, shutdown, reveal, chooseBackupFile }: HandlerContext): Handlers {
  const progressOf = (jobId: string) => (p: { phase: 'hashing' | 'probing' | 'saving' | 'done'; bytesDone: number; bytesTotal: number }) =>
    events.emit('import.progress', { jobId, ...p });
  // One per library: it shares a running computation between callers and remembers the last peaks.
  const peaks = new PeaksService(library);
  // Running exports by job id, for 'release.cancel'.
  const releases = new ReleaseJobs();
  shutdown?.add(() => peaks.cancelAll());
  shutdown?.add(() => releases.stopAll());

  return {
    ...notesHandlers(library),
    'library.info': () => ({ ...info, schemaVersion: library.schemaVersion() }),
    'library.backup': async () => {
      const name = backupFileName(new Date());
      const file = chooseBackupFile ? await chooseBackupFile(name) : path.join(library.dir, 'backups', name);
      if (file === null) return { path: null };
      await library.backup(file);
      return { path: file };
    },
    'settings.get': () => library.settings.get(),
    'settings.set': (patch) => library.settings.set(patch),

    'shows.list': () => library.shows.list(),
    'shows.get': ({ id }) => library.shows.get(id),
    'shows.create': (input) => library.shows.create(input),
    'shows.update': ({ id, patch }) => library.shows.update(id, patch),
    'shows.createSample': () => createSampleShow(library),
    'shows.setArtwork': ({ id, path }) => importArtwork(library, id, importPolicy.check(path)),
    'shows.removeArtwork': ({ id }) => library.shows.setArtwork(id, null),
    'shows.artwork': async ({ id }) => ({ artwork: await showArtworkFacts(library, id) }),

    'episodes.list': (query) => library.episodes.list(query),
    'episodes.get': ({ id }) => library.episodes.get(id),
    'episodes.create': (input) => library.episodes.create(input),
    'episodes.update': ({ id, patch }) => library.episodes.update(id, patch),
    'episodes.delete': ({ id }) => {
      library.episodes.delete(id);
      return { deleted: id };
    },
    'episodes.numberAvailable': ({ showId, season, number, excludeId }) =>
      library.episodes.numberAvailable(showId, season, number, excludeId),
    'episodes.setPersons': ({ id, persons }) => library.episodes.setPersons(id, persons),
    'episodes.importAudio': ({ showId, episodeId, path, jobId }) =>
      importAudio(library, { showId, episodeId, path: importPolicy.check(path), onProgress: progressOf(jobId) }),
    'episodes.checkAudio': ({ id }) => checkEpisodeAudio(library, id),
    'episodes.relinkAudio': ({ id, path, jobId }) =>
      relinkAudio(library, { episodeId: id, path: importPolicy.check(path), onProgress: progressOf(jobId) }),
    'episodes.setArtwork': ({ id, path }) => importEpisodeArtwork(library, id, importPolicy.check(path)),
    'episodes.removeArtwork': ({ id }) => library.episodeMedia.setArtwork(id, null),
    'episodes.setTranscript': ({ id, lang, path }) => importTranscript(library, { episodeId: id, lang, path: importPolicy.check(path) }),
    'episodes.removeTranscript': ({ id, lang }) => library.episodeMedia.removeTranscript(id, lang),

    'search.query': ({ query, showId, limit }) => library.search(query, { showId, limit }),

    'chapters.list': ({ episodeId }) => listChapters(library, episodeId),
    'chapters.replace': ({ episodeId, chapters }) => replaceChapters(library, episodeId, chapters),
    'chapters.importText': (args) => importChapterText(library, args),
    'chapters.exportText': (args) => exportChapterText(library, args),
    'chapters.importEmbedded': (args) => importEmbeddedChapters(library, args),

    'peaks.get': (args) => getEpisodePeaks(peaks, args, (progress) => events.emit('peaks.progress', progress)),
    'peaks.cancel': ({ jobId }) => ({ cancelled: peaks.cancel(jobId) }),

    'release.settings': ({ showId }) => library.releases.settings(showId),
    'release.updateSettings': ({ showId, patch }) => library.releases.updateSettings(showId, patch),
    // Preflight, changes and export read hundreds of episodes: each runs in a thread of its own
    // (in-process only if the thread cannot load).
    'release.validate': ({ showId }) => runReleaseTask(library.dir, { op: 'validate', showId }, {
      fallback: () => validateReleaseShow(library, showId, { now: new Date() }),
    }),
    'release.export': ({ showId, zip, allowWarnings, jobId }) => releases.run(jobId, (signal) => {
      const onProgress = (p: Omit<ReleaseProgress, 'jobId'>) => events.emit('release.progress', { jobId, ...p });
      return runReleaseTask(library.dir, { op: 'export', showId, zip, allowWarnings }, {
        signal, onProgress, fallback: () => exportRelease(library, { showId, zip, allowWarnings, signal, onProgress }),
      });
    }),
    'release.cancel': ({ jobId }) => ({ cancelled: releases.cancel(jobId) }),
    // By release id, never by a path from the UI: only what the library recorded can be shown.
    'release.reveal': ({ releaseId, zip }) => {
      const release = library.releases.get(releaseId);
      const file = zip ? release.zipPath : release.folder;
      if (!reveal || file === null) return { revealed: false };
      reveal(file);
      return { revealed: true };
    },
    'release.list': ({ showId }) => library.releases.list(showId),
    'release.changes': ({ showId }) => runReleaseTask(library.dir, { op: 'changes', showId }, {
      fallback: () => releaseChanges(library, showId, { now: new Date() }),
    }),
    'feed.importText': ({ text, slug }) => importFeed(library, { text, slug }),
  };
}
