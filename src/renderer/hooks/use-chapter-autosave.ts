// Autosave of the chapter list: chapters.replace of the whole list, debounced and one at a time,
// ids of new chapters mapped back to their keys, findings kept per key. Unsaved work is also
// mirrored to localStorage, so a reload or crash inside the debounce window loses nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { webUrlSchema } from '../../shared/domain/schemas';
import type { Chapter, ChapterFinding, ChapterList } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { fromServer, serverKey, sortChapters, toInputs, type EditorChapter } from '../lib/chapter-edits';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';
export interface KeyedFinding extends ChapterFinding {
  key: string | null;
}

const DEBOUNCE_MS = 600;
const draftKey = (episodeId: number) => `balado.chapters-draft.${episodeId}`;
export const isWebUrl = (value: string): boolean => webUrlSchema.safeParse(value).success;

/** A link still being typed is not a web address yet: it stays on screen and in the draft, '' is sent. */
const inputsOf = (list: readonly EditorChapter[], ids: Map<string, number>) =>
  toInputs(list, (key) => ids.get(key)).map((c) => ({ ...c, url: isWebUrl(c.url ?? '') ? c.url : '', img: isWebUrl(c.img ?? '') ? c.img : '' }));

export function readDraft(episodeId: number): EditorChapter[] | null {
  try {
    const raw = localStorage.getItem(draftKey(episodeId));
    return raw ? sortChapters(JSON.parse(raw) as EditorChapter[]) : null;
  } catch {
    return null;
  }
}

export function useChapterAutosave(episodeId: number, chapters: EditorChapter[], ready: boolean, onError: (e: unknown) => void) {
  const [state, setState] = useState<SaveState>('saved');
  const [findings, setFindings] = useState<KeyedFinding[]>([]);
  const ids = useRef(new Map<string, number>());
  const latest = useRef(chapters);
  const saved = useRef<string | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const again = useRef<() => void>(() => undefined);
  latest.current = chapters;

  /** Adopt a list the server holds (first load, an import): its ids and findings; nothing to send. */
  const adopt = useCallback((result: ChapterList) => {
    for (const c of result.chapters) ids.current.set(serverKey(c.id), c.id);
    const list = fromServer(result.chapters);
    saved.current = JSON.stringify(inputsOf(list, ids.current));
    setFindings(keyFindings(result.findings, list, ids.current));
  }, []);

  const saveNow = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) return inFlight.current.then(() => saveNow());
    const list = sortChapters(latest.current);
    const sent = inputsOf(list, ids.current);
    const signature = JSON.stringify(sent);
    if (signature === saved.current) {
      setState('saved');
      return Promise.resolve();
    }
    setState('saving');
    const run = getApi().invoke('chapters.replace', { episodeId, chapters: sent }).then(
      (result) => {
        mapIds(list, result.chapters, ids.current);
        saved.current = signature;
        setFindings(keyFindings(result.findings, list, ids.current));
        if (JSON.stringify(inputsOf(latest.current, ids.current)) !== JSON.stringify(inputsOf(list, ids.current))) again.current();
        else setState('saved');
      },
      (e: unknown) => {
        setState('error');
        onError(e);
      },
    ).finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    return run;
  }, [episodeId, onError]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    setState((s) => (s === 'saving' ? s : 'pending'));
    timer.current = window.setTimeout(() => void saveNow(), DEBOUNCE_MS);
  }, [saveNow]);
  again.current = schedule;

  useEffect(() => {
    if (!ready) return;
    const dirty = JSON.stringify(inputsOf(chapters, ids.current)) !== saved.current;
    const held = chapters.some((c) => !isWebUrl(c.url) || !isWebUrl(c.img));
    try {
      if (dirty || held) localStorage.setItem(draftKey(episodeId), JSON.stringify(chapters));
      else localStorage.removeItem(draftKey(episodeId));
    } catch {
      // Storage full or refused: the debounced save still runs.
    }
    if (dirty && !inFlight.current) schedule();
  }, [chapters, ready, episodeId, schedule]);

  // Leaving the episode saves at once instead of waiting for the debounce.
  useEffect(() => () => {
    if (timer.current !== undefined) void saveNow();
  }, [saveNow]);

  return { state, findings, flush: saveNow, adopt, retry: schedule };
}

/** New chapters come back with ids: pair those sent without a live id with the ones the server made, in time order. */
function mapIds(sent: EditorChapter[], saved: Chapter[], ids: Map<string, number>): void {
  const savedIds = new Set(saved.map((c) => c.id));
  const sentIds = new Set(sent.map((c) => ids.get(c.key)).filter((id): id is number => id !== undefined));
  const unmatched = sent.filter((c) => {
    const id = ids.get(c.key);
    return id === undefined || !savedIds.has(id);
  });
  const made = saved.filter((c) => !sentIds.has(c.id));
  unmatched.forEach((c, i) => {
    const chapter = made[i];
    if (chapter) ids.set(c.key, chapter.id);
    else ids.delete(c.key);
  });
}

/** Findings name chapters by id: the key is the one the saved list uses for that id. */
function keyFindings(findings: ChapterFinding[], list: EditorChapter[], ids: Map<string, number>): KeyedFinding[] {
  const keyOf = new Map(list.flatMap((c) => {
    const id = ids.get(c.key);
    return id === undefined ? [] : [[id, c.key] as const];
  }));
  return findings.map((f) => ({ ...f, key: f.chapterId === null ? null : (keyOf.get(f.chapterId) ?? null) }));
}
