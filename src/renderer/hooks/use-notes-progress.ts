// Translation progress per episode for the library list ("7/11"): one notes.progress call per
// show, fetched when the list is (re)loaded. The Notes editor publishes its own episode's figure
// from every answer it gets, so the list follows typing without another call; an edit that can
// change other episodes (a snippet they show) refetches the show once things settle.
import { useEffect, useState } from 'react';
import type { NotesProgress } from '../../shared/notes/types';
import { getApi } from '../api/client';

type ShowProgress = Record<number, NotesProgress>;

const shows = new Map<number, ShowProgress>();
const listeners = new Set<() => void>();
const refetchTimers = new Map<number, number>();
const REFETCH_MS = 1500;
/** When each episode's figure was last published, so a fetch that started earlier does not undo it. */
const publishedAt = new Map<number, number>();
let clock = 0;

const notify = () => listeners.forEach((listener) => listener());

async function fetchShow(showId: number): Promise<void> {
  const started = ++clock;
  const progress = await getApi().invoke('notes.progress', { showId });
  const known = shows.get(showId) ?? {};
  for (const [id, figure] of Object.entries(known)) {
    if ((publishedAt.get(Number(id)) ?? 0) > started) progress[Number(id)] = figure;
  }
  shows.set(showId, progress);
  notify();
}

/** One episode's figure, straight from a NotesDoc; `widely`: its snippets may have changed other episodes too. */
export function publishNotesProgress(showId: number, episodeId: number, progress: NotesProgress, widely: boolean): void {
  publishedAt.set(episodeId, ++clock);
  const known = shows.get(showId);
  const old = known?.[episodeId];
  if (!old || old.reviewed !== progress.reviewed || old.total !== progress.total || old.needsWork !== progress.needsWork) {
    shows.set(showId, { ...known, [episodeId]: progress });
    notify();
  }
  if (!widely) return;
  window.clearTimeout(refetchTimers.get(showId));
  refetchTimers.set(showId, window.setTimeout(() => {
    refetchTimers.delete(showId);
    fetchShow(showId).catch(() => undefined);
  }, REFETCH_MS));
}

/** The show's figures by episode id; refetched when `revision` changes (the list was reloaded). */
export function useNotesProgress(showId: number | null, revision: unknown, onError: (e: unknown) => void): ShowProgress | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  useEffect(() => {
    if (showId !== null) fetchShow(showId).catch(onError);
  }, [showId, revision, onError]);
  return showId === null ? null : (shows.get(showId) ?? null);
}
