// The open episode's NotesDoc and the one queue every write goes through: writes run one at a
// time in the order they were asked, each answer replaces the doc (unchanged rows keep their
// objects), so the editor always shows the library's state and never an answer out of order.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BaladoApi } from '../../shared/api/contract';
import type { NotesDoc } from '../../shared/notes/types';
import { getApi } from '../api/client';
import { reuseDoc } from '../lib/notes-reuse';
import { publishNotesProgress } from './use-notes-progress';

type Invoke = BaladoApi['invoke'];

export interface NotesDocModel {
  doc: NotesDoc | null;
  /** The latest doc, for tasks that run later than the render that queued them. */
  current: () => NotesDoc | null;
  apply: (doc: NotesDoc) => void;
  /** Runs `task` after every write queued before it. */
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  /** Inside a task: one call whose answer is a NotesDoc, applied at once. */
  write: Invoke;
  /** Resolves when nothing is queued or running. */
  idle: () => Promise<void>;
  busy: boolean;
}

export function useNotesDoc(episodeId: number, onError: (e: unknown) => void): NotesDocModel {
  const [doc, setDoc] = useState<NotesDoc | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef<NotesDoc | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const live = useRef(true);

  const apply = useCallback((next: NotesDoc) => {
    if (!live.current || next.owner.episodeId !== episodeId) return;
    const merged = reuseDoc(latest.current, next);
    latest.current = merged;
    setDoc(merged);
    publishNotesProgress(next.owner.showId, episodeId, next.progress, next.snippets.length > 0);
  }, [episodeId]);

  useEffect(() => {
    live.current = true;
    getApi().invoke('notes.get', { episodeId }).then(apply, (e: unknown) => live.current && onError(e));
    return () => {
      live.current = false;
    };
  }, [episodeId, apply, onError]);

  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    pending.current++;
    setBusy(true);
    const run = queue.current.then(task);
    queue.current = run.catch(() => undefined).finally(() => {
      pending.current--;
      if (pending.current === 0 && live.current) setBusy(false);
    });
    return run;
  }, []);

  const write = useCallback<Invoke>(async (name, args) => {
    const result = await getApi().invoke(name, args);
    if (isDoc(result)) apply(result);
    return result;
  }, [apply]);

  const idle = useCallback(() => enqueue(() => Promise.resolve()), [enqueue]);
  const current = useCallback(() => latest.current, []);

  return { doc, current, apply, enqueue, write, idle, busy };
}

function isDoc(value: unknown): value is NotesDoc {
  return typeof value === 'object' && value !== null && 'rows' in value && 'owner' in value && 'progress' in value;
}
