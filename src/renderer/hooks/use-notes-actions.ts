// What the Notes editor can do to the rows, each recorded in the undo history: typing (coalesced
// per side), statuses, kind and source, split, merge, move, insert, delete, snippets. Row
// actions first save the typing still pending, then run in the write queue and read the rows
// as the library has them at that moment, so quick successive keys never act on a stale doc.
import { useCallback, useState } from 'react';
import { otherLang } from '../../shared/notes/side-state';
import type { NoteKind, NoteLang, NotesDoc } from '../../shared/notes/types';
import { targetOf } from '../lib/notes-live-row';
import { snapshotOf } from '../lib/notes-restore';
import { matchingOffset } from '../lib/notes-split';
import { rowIndex, textRowIn, type FocusRequest, type NotesEngine } from './use-notes-undo';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where a row goes "after" `afterId`: below it, below the snippet it belongs to, or at the end. */
function positionAfter(doc: NotesDoc, afterId: number | null): number {
  if (afterId === null) return doc.rows.length;
  const at = rowIndex(doc, afterId);
  if (at >= 0) return at + 1;
  const holder = doc.snippets.find((s) => s.rows.some((r) => r.id === afterId));
  const ref = holder ? doc.rows.findIndex((r) => r.type === 'snippet' && r.snippetId === holder.id) : -1;
  return ref >= 0 ? ref + 1 : doc.rows.length;
}

export function useNotesActions(engine: NotesEngine, onFocus: (request: FocusRequest | null) => void, onError: (e: unknown) => void, onHistory: () => void) {
  const { model, autosave, history, episodeId } = engine;
  const [minorRows, setMinorRows] = useState<ReadonlySet<number>>(new Set());

  /** Saves pending typing, then runs `task` in the write queue; a failure is a toast. */
  const act = useCallback((task: () => Promise<FocusRequest | null | void>) => {
    void autosave.flush();
    history.seal();
    model.enqueue(task).then((focus) => focus && onFocus(focus), onError).finally(onHistory);
  }, [autosave, history, model, onError, onFocus, onHistory]);

  const type = useCallback((rowId: number, lang: NoteLang, text: string) => {
    const row = textRowIn(model.current(), rowId);
    if (!row) return;
    const minor = minorRows.has(rowId) && lang === row.source;
    history.typed({
      type: 'text', row: history.row(rowId), lang, before: autosave.textOf(row, lang), after: text, minor, statusBefore: row[lang].status,
    });
    autosave.setText(rowId, lang, text, minor);
    onHistory();
  }, [autosave, history, minorRows, model, onHistory]);

  /** A text that replaces a side in one step (a translation-memory suggestion). */
  const replaceText = useCallback((rowId: number, lang: NoteLang, text: string) => {
    history.seal();
    type(rowId, lang, text);
    history.seal();
  }, [history, type]);

  /** Status, kind or source: one call, recorded as the row before and after. */
  const change = useCallback((rowId: number, write: () => Promise<unknown>) => act(async () => {
    const before = textRowIn(model.current(), rowId);
    if (!before) return null;
    await write();
    const after = textRowIn(model.current(), rowId);
    if (after && !same(snapshotOf(before), snapshotOf(after))) {
      history.push({ type: 'content', row: history.row(rowId), before: snapshotOf(before), after: snapshotOf(after) });
    }
    return null;
  }), [act, history, model]);

  const mark = useCallback((rowId: number, status: 'translated' | 'reviewed') => {
    const row = textRowIn(model.current(), rowId);
    if (row) change(rowId, () => model.write('notes.setStatus', { rowId, episodeId, lang: targetOf(row), status }));
  }, [change, episodeId, model]);

  const setKind = useCallback((rowId: number, kind: NoteKind) =>
    change(rowId, () => model.write('notes.updateRow', { rowId, episodeId, kind })), [change, episodeId, model]);

  const swapSource = useCallback((rowId: number) => {
    const row = textRowIn(model.current(), rowId);
    if (row) change(rowId, () => model.write('notes.updateRow', { rowId, episodeId, source: otherLang(row.source) }));
  }, [change, episodeId, model]);

  const split = useCallback((rowId: number, lang: NoteLang, caret: number) => act(async () => {
    const row = textRowIn(model.current(), rowId);
    if (!row || row.snippetId !== null) return null;
    const other = otherLang(lang);
    const at = { [lang]: caret, [other]: matchingOffset(row[lang].text, caret, row[other].text) } as { fr: number; en: number };
    const before = snapshotOf(row);
    const doc = await model.write('notes.splitRow', { rowId, episodeId, at });
    const added = doc.rows[rowIndex(doc, rowId) + 1];
    if (!added) return null;
    history.push({ type: 'split', row: history.row(rowId), added: history.row(added.id), at, before });
    return { rowId: added.id, lang, caret: 0 };
  }), [act, episodeId, history, model]);

  const mergeWithNext = useCallback((rowId: number, lang: NoteLang) => act(async () => {
    const doc = model.current();
    const index = rowIndex(doc, rowId);
    const row = doc?.rows[index];
    const next = doc?.rows[index + 1];
    if (row?.type !== 'text' || next?.type !== 'text') return null;
    const caret = row[lang].text.trim().length;
    const entry = { type: 'merge', row: history.row(row.id), other: history.row(next.id), first: snapshotOf(row), second: snapshotOf(next) } as const;
    await model.write('notes.mergeRows', { rowIds: [row.id, next.id], episodeId });
    history.push(entry);
    history.release(next.id);
    return { rowId, lang, caret };
  }), [act, episodeId, history, model]);

  const move = useCallback((rowId: number, delta: -1 | 1, focus: FocusRequest | null) => act(async () => {
    const doc = model.current();
    const from = rowIndex(doc, rowId);
    const to = from + delta;
    if (!doc || from < 0 || to < 0 || to >= doc.rows.length) return focus;
    await model.write('notes.moveRow', { rowId, episodeId, to });
    history.push({ type: 'move', row: history.row(rowId), from, to });
    return focus;
  }), [act, episodeId, history, model]);

  /** A new empty row after `afterId` (at the end when null); the caret goes to its source side. */
  const insertRow = useCallback((afterId: number | null) => act(async () => {
    const doc = model.current();
    if (!doc) return null;
    const at = positionAfter(doc, afterId);
    const next = await model.write('notes.insertRow', { episodeId, at });
    const added = next.rows[at];
    if (!added) return null;
    history.push({ type: 'insert', row: history.row(added.id), at });
    return { rowId: added.id, lang: next.defaultSource, caret: 0 };
  }), [act, episodeId, history, model]);

  const deleteRow = useCallback((rowId: number, lang: NoteLang) => act(async () => {
    const doc = model.current();
    const at = rowIndex(doc, rowId);
    const row = doc?.rows[at];
    if (!row) return null;
    const ref = history.row(rowId);
    await model.write('notes.deleteRow', { rowId, episodeId });
    history.push(row.type === 'text'
      ? { type: 'delete', row: ref, at, snap: snapshotOf(row) }
      : { type: 'snippetRef', row: ref, snippet: history.snippet(row.snippetId), at, shown: false });
    history.release(rowId);
    const rows = model.current()?.rows ?? [];
    const neighbour = rows[Math.min(at, rows.length - 1)];
    return neighbour ? { rowId: neighbour.id, lang, caret: 'end' } : null;
  }), [act, episodeId, history, model]);

  const insertSnippet = useCallback((snippetId: number, afterId: number | null) => act(async () => {
    const doc = model.current();
    if (!doc) return null;
    const at = positionAfter(doc, afterId);
    const next = await model.write('snippets.insert', { episodeId, snippetId, at });
    const added = next.rows[at];
    if (added) history.push({ type: 'snippetRef', row: history.row(added.id), snippet: history.snippet(snippetId), at, shown: true });
    return null;
  }), [act, episodeId, history, model]);

  const detach = useCallback((rowId: number) => act(async () => {
    const doc = model.current();
    const at = rowIndex(doc, rowId);
    const row = doc?.rows[at];
    if (row?.type !== 'snippet') return null;
    const count = doc?.snippets.find((s) => s.id === row.snippetId)?.rows.length ?? 0;
    const next = await model.write('snippets.detach', { rowId });
    const copies = next.rows.slice(at, at + count).map((r) => history.row(r.id));
    history.push({ type: 'detach', row: history.row(rowId), snippet: history.snippet(row.snippetId), at, copies });
    history.release(rowId);
    const first = copies[0];
    return first ? { rowId: first.id, lang: next.defaultSource, caret: 'end' } : null;
  }), [act, history, model]);

  const makeSnippet = useCallback((rowIds: number[], name: string) => act(async () => {
    const doc = model.current();
    const at = Math.min(...rowIds.map((id) => rowIndex(doc, id)));
    const next = await model.write('snippets.createFromRows', { episodeId, rowIds, name });
    const ref = next.rows[at];
    if (ref?.type === 'snippet') {
      history.push({ type: 'makeSnippet', rows: rowIds.map((id) => history.row(id)), name, ref: history.row(ref.id), snippet: history.snippet(ref.snippetId) });
    }
    return null;
  }), [act, episodeId, history, model]);

  /** Minor edit of a row's source: pending typing is saved first, so only what follows is minor. */
  const toggleMinor = useCallback((rowId: number) => {
    void autosave.flush();
    history.seal();
    setMinorRows((set) => {
      const next = new Set(set);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return next;
    });
  }, [autosave, history]);

  const endMinor = useCallback((rowId: number) => {
    if (!minorRows.has(rowId)) return;
    void autosave.flush();
    setMinorRows((set) => new Set([...set].filter((id) => id !== rowId)));
  }, [autosave, minorRows]);

  return {
    minorRows, type, replaceText, mark, setKind, swapSource, split, mergeWithNext, move, insertRow, deleteRow,
    insertSnippet, detach, makeSnippet, toggleMinor, endMinor,
  };
}
