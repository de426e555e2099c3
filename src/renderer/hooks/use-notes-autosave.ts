// Autosave of what is typed into the sides: kept here until the library has it, sent with
// notes.updateSide after a pause (through the doc's queue, so one request at a time and the
// latest text wins), mirrored to localStorage so a reload or a crash loses nothing, and put back
// from there on load when newer than the saved row.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteLang, NotesDoc, NoteTextRow } from '../../shared/notes/types';
import { draftsToRestore, draftStorageKey, parseSideKey, sideKey, type DraftStore } from '../lib/notes-drafts';
import type { SideEdit } from '../lib/notes-live-row';
import type { NotesDocModel } from './use-notes-doc';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';
export type SideEdits = Readonly<Record<string, SideEdit>>;

const DEBOUNCE_MS = 600;

/** Every text row the doc shows: its own and those of the snippets it shows. */
export function textRowsOf(doc: NotesDoc | null): NoteTextRow[] {
  if (!doc) return [];
  return [...doc.rows.filter((r): r is NoteTextRow => r.type === 'text'), ...doc.snippets.flatMap((s) => s.rows)];
}

const findRow = (doc: NotesDoc | null, rowId: number) => textRowsOf(doc).find((r) => r.id === rowId) ?? null;

/** What a side may hold: the library refuses control characters other than tabs and line breaks. */
function cleanText(text: string): string {
  const kept = [...text.replace(/\r\n?/g, '\n')].filter((c) => {
    const code = c.charCodeAt(0);
    return !((code < 0x20 && c !== '\t' && c !== '\n') || code === 0x7f);
  });
  return kept.length === text.length ? text : kept.join('');
}

function readDrafts(episodeId: number): DraftStore {
  try {
    const raw = localStorage.getItem(draftStorageKey(episodeId));
    return raw ? (JSON.parse(raw) as DraftStore) : {};
  } catch {
    return {};
  }
}

export function useNotesAutosave(episodeId: number, model: NotesDocModel, onError: (e: unknown) => void) {
  const [edits, setEdits] = useState<SideEdits>({});
  const [state, setState] = useState<SaveState>('saved');
  const latest = useRef<SideEdits>({});
  const typedAt = useRef(new Map<string, string>());
  const timers = useRef(new Map<string, number>());
  const failed = useRef(new Set<string>());
  const saving = useRef(0);
  const restored = useRef(false);
  const { enqueue, write, current, idle, doc } = model;

  const refresh = useCallback(() => {
    setState(failed.current.size > 0 ? 'error' : saving.current > 0 ? 'saving' : Object.keys(latest.current).length > 0 ? 'pending' : 'saved');
  }, []);

  const commit = useCallback((next: SideEdits) => {
    latest.current = next;
    setEdits(next);
    const store: DraftStore = {};
    for (const [key, edit] of Object.entries(next)) store[key] = { text: edit.text, at: typedAt.current.get(key) ?? new Date().toISOString() };
    try {
      if (Object.keys(store).length > 0) localStorage.setItem(draftStorageKey(episodeId), JSON.stringify(store));
      else localStorage.removeItem(draftStorageKey(episodeId));
    } catch {
      // Storage full or refused: the autosave still runs.
    }
    refresh();
  }, [episodeId, refresh]);

  const drop = useCallback((key: string) => {
    if (!(key in latest.current)) return;
    const { [key]: _gone, ...rest } = latest.current;
    typedAt.current.delete(key);
    commit(rest);
  }, [commit]);

  /** Inside a queued task: sends the side's latest text, unless the library already has it. */
  const saveSide = useCallback(async (key: string) => {
    const edit = latest.current[key];
    const side = parseSideKey(key);
    if (!edit || !side) return;
    const row = findRow(current(), side.rowId);
    if (!row || row[side.lang].text === edit.text) {
      failed.current.delete(key);
      if (latest.current[key]?.text === edit.text || !row) drop(key);
      return;
    }
    saving.current++;
    refresh();
    try {
      await write('notes.updateSide', { rowId: side.rowId, episodeId, lang: side.lang, text: edit.text, ...(edit.minor ? { minor: true } : {}) });
      failed.current.delete(key);
      if (latest.current[key]?.text === edit.text) drop(key);
    } catch (e) {
      failed.current.add(key);
      onError(e);
    } finally {
      saving.current--;
      refresh();
    }
  }, [current, drop, episodeId, onError, refresh, write]);

  const schedule = useCallback((key: string) => {
    window.clearTimeout(timers.current.get(key));
    timers.current.set(key, window.setTimeout(() => {
      timers.current.delete(key);
      void enqueue(() => saveSide(key));
    }, DEBOUNCE_MS));
  }, [enqueue, saveSide]);

  /** Typing: kept, mirrored, saved after a pause. `minor` sticks to the side until it is saved. */
  const setText = useCallback((rowId: number, lang: NoteLang, text: string, minor: boolean) => {
    const key = sideKey(rowId, lang);
    typedAt.current.set(key, new Date().toISOString());
    commit({ ...latest.current, [key]: { text: cleanText(text), minor: minor || (latest.current[key]?.minor ?? false) } });
    schedule(key);
  }, [commit, schedule]);

  /** Queues the save of every side typed into (failed ones again too); resolves when all are done. */
  const flush = useCallback((): Promise<void> => {
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    timers.current.clear();
    for (const key of Object.keys(latest.current)) void enqueue(() => saveSide(key));
    return idle();
  }, [enqueue, idle, saveSide]);

  /** Inside a queued task (undo, a suggestion): this text, saved now. */
  const writeNow = useCallback(async (rowId: number, lang: NoteLang, text: string, minor: boolean) => {
    const key = sideKey(rowId, lang);
    window.clearTimeout(timers.current.get(key));
    timers.current.delete(key);
    typedAt.current.set(key, new Date().toISOString());
    commit({ ...latest.current, [key]: { text: cleanText(text), minor } });
    await saveSide(key);
  }, [commit, saveSide]);

  /** A doc from elsewhere (alignment, XLIFF): typing into rows it no longer has is dropped. */
  const forgetMissing = useCallback((next: NotesDoc) => {
    const ids = new Set(textRowsOf(next).map((r) => r.id));
    const kept = Object.fromEntries(Object.entries(latest.current).filter(([key]) => ids.has(parseSideKey(key)?.rowId ?? -1)));
    if (Object.keys(kept).length !== Object.keys(latest.current).length) commit(kept);
  }, [commit]);

  // First doc of the episode: drafts newer than the library's rows come back and get saved.
  useEffect(() => {
    if (!doc || restored.current) return;
    restored.current = true;
    const stored = readDrafts(episodeId);
    const drafts = draftsToRestore(stored, textRowsOf(doc));
    const next: Record<string, SideEdit> = {};
    for (const d of drafts) {
      const key = sideKey(d.rowId, d.lang);
      typedAt.current.set(key, stored[key]?.at ?? new Date().toISOString());
      next[key] = { text: d.text, minor: false };
    }
    commit(next);
    for (const key of Object.keys(next)) schedule(key);
  }, [doc, episodeId, commit, schedule]);

  // Leaving the episode saves at once instead of waiting for the pause.
  useEffect(() => () => {
    if (timers.current.size > 0) void flush();
  }, [flush]);

  /** The side's text as on screen: typed and unsaved, else the library's. */
  const textOf = useCallback((row: NoteTextRow, lang: NoteLang) => latest.current[sideKey(row.id, lang)]?.text ?? row[lang].text, []);

  return { edits, state, setText, textOf, flush, writeNow, forgetMissing, retry: flush };
}

export type NotesAutosave = ReturnType<typeof useNotesAutosave>;
