// Undo and redo of the Notes editor: each history entry replayed as the contract's inverse calls
// (see lib/notes-history.ts for why not a whole-doc replace), inside the write queue after the
// typing still pending is saved. Rows that come back under new ids re-point their references.
import { useCallback, useState } from 'react';
import type { NoteLang, NoteRow, NotesDoc, NoteTextRow } from '../../shared/notes/types';
import type { NotesEdit, NotesHistory } from '../lib/notes-history';
import { inputOf, nextRestoreCall, type RowSnapshot } from '../lib/notes-restore';
import { textRowsOf, type NotesAutosave } from './use-notes-autosave';
import type { NotesDocModel } from './use-notes-doc';

/** Where the caret goes once an action or an undo lands. */
export interface FocusRequest {
  rowId: number;
  lang: NoteLang;
  caret: number | 'end';
}

export interface NotesEngine {
  episodeId: number;
  model: NotesDocModel;
  autosave: NotesAutosave;
  history: NotesHistory;
}

export const textRowIn = (doc: NotesDoc | null, id: number): NoteTextRow | null => textRowsOf(doc).find((r) => r.id === id) ?? null;
export const rowIndex = (doc: NotesDoc | null, id: number): number => doc?.rows.findIndex((r) => r.id === id) ?? -1;
const rowAt = (doc: NotesDoc, at: number): NoteRow => {
  const row = doc.rows[at];
  if (!row) throw new Error(`no row at ${at}`);
  return row;
};

/** Walks a row to `snap` one call at a time (lib/notes-restore.ts), each chosen from the latest answer. */
async function restoreRow(engine: NotesEngine, rowId: number, snap: RowSnapshot): Promise<void> {
  const { model, episodeId } = engine;
  for (let step = 0; step < 8; step++) {
    const row = textRowIn(model.current(), rowId);
    const call = row && nextRestoreCall(row, snap);
    if (!call) return;
    if (call.call === 'notes.updateRow') await model.write(call.call, { rowId, episodeId, kind: call.kind, source: call.source });
    else if (call.call === 'notes.updateSide') await model.write(call.call, { rowId, episodeId, lang: call.lang, text: call.text });
    else await model.write(call.call, { rowId, episodeId, lang: call.lang, status: call.status });
  }
}

/** Split offsets that undo a merge: where the first row's text ends in the merged one. */
function mergeSplit(merged: NoteTextRow, first: RowSnapshot, second: RowSnapshot): { fr: number; en: number } | null {
  const at = { fr: 0, en: 0 };
  for (const lang of ['fr', 'en'] as const) {
    const head = first[lang].text.trim();
    const tail = second[lang].text.trim();
    at[lang] = head === '' ? 0 : tail === '' ? merged[lang].text.length : head.length;
  }
  const nothingAfter = (['fr', 'en'] as const).every((lang) => second[lang].text.trim() === '');
  return nothingAfter ? null : at;
}

async function replay(engine: NotesEngine, edit: NotesEdit, undo: boolean): Promise<FocusRequest | null> {
  const { model, autosave, history, episodeId } = engine;
  const doc = () => model.current() as NotesDoc;
  const sourceOf = (id: number): NoteLang => textRowIn(doc(), id)?.source ?? doc().defaultSource;
  const focusRow = (id: number): FocusRequest => ({ rowId: id, lang: sourceOf(id), caret: 'end' });

  switch (edit.type) {
    case 'text': {
      await autosave.writeNow(edit.row.id, edit.lang, undo ? edit.before : edit.after, edit.minor);
      const row = textRowIn(doc(), edit.row.id);
      // Typing can lower a status (reviewed → translated); undoing the typing raises it again.
      if (undo && row && row[edit.lang].status !== edit.statusBefore && (edit.before.trim() !== '' || edit.statusBefore === 'untranslated')) {
        await model.write('notes.setStatus', { rowId: edit.row.id, episodeId, lang: edit.lang, status: edit.statusBefore });
      }
      return { rowId: edit.row.id, lang: edit.lang, caret: 'end' };
    }
    case 'content':
      await restoreRow(engine, edit.row.id, undo ? edit.before : edit.after);
      return focusRow(edit.row.id);
    case 'split':
      if (undo) {
        await model.write('notes.mergeRows', { rowIds: [edit.row.id, edit.added.id], episodeId });
        history.release(edit.added.id);
        await restoreRow(engine, edit.row.id, edit.before);
      } else {
        const next = await model.write('notes.splitRow', { rowId: edit.row.id, episodeId, at: edit.at });
        history.rebind(edit.added, rowAt(next, rowIndex(next, edit.row.id) + 1).id);
      }
      return focusRow(edit.row.id);
    case 'merge':
      if (undo) {
        const merged = textRowIn(doc(), edit.row.id);
        if (!merged) throw new Error('merged row is gone');
        const at = mergeSplit(merged, edit.first, edit.second);
        const position = rowIndex(doc(), edit.row.id) + 1;
        const next = at
          ? await model.write('notes.splitRow', { rowId: edit.row.id, episodeId, at })
          : await model.write('notes.insertRow', { episodeId, at: position, row: inputOf(edit.second) });
        history.rebind(edit.other, rowAt(next, position).id);
        await restoreRow(engine, edit.row.id, edit.first);
        await restoreRow(engine, edit.other.id, edit.second);
      } else {
        await model.write('notes.mergeRows', { rowIds: [edit.row.id, edit.other.id], episodeId });
        history.release(edit.other.id);
      }
      return focusRow(edit.row.id);
    case 'move':
      await model.write('notes.moveRow', { rowId: edit.row.id, episodeId, to: undo ? edit.from : edit.to });
      return focusRow(edit.row.id);
    case 'insert':
    case 'delete': {
      const remove = (edit.type === 'insert') === undo;
      if (remove) {
        await model.write('notes.deleteRow', { rowId: edit.row.id, episodeId });
        history.release(edit.row.id);
        const neighbour = doc().rows[Math.min(edit.at, doc().rows.length - 1)];
        return neighbour ? focusRow(neighbour.id) : null;
      }
      const row = edit.type === 'delete' ? inputOf(edit.snap) : undefined;
      const next = await model.write('notes.insertRow', { episodeId, at: edit.at, ...(row ? { row } : {}) });
      history.rebind(edit.row, rowAt(next, edit.at).id);
      if (edit.type === 'delete') await restoreRow(engine, edit.row.id, edit.snap);
      return focusRow(edit.row.id);
    }
    case 'snippetRef': {
      if (edit.shown === undo) {
        await model.write('notes.deleteRow', { rowId: edit.row.id, episodeId });
        history.release(edit.row.id);
        return null;
      }
      const next = await model.write('snippets.insert', { episodeId, snippetId: edit.snippet.id, at: edit.at });
      history.rebind(edit.row, rowAt(next, edit.at).id);
      return null;
    }
    case 'detach':
      if (undo) {
        for (const copy of [...edit.copies].reverse()) {
          await model.write('notes.deleteRow', { rowId: copy.id, episodeId });
          history.release(copy.id);
        }
        const next = await model.write('snippets.insert', { episodeId, snippetId: edit.snippet.id, at: edit.at });
        history.rebind(edit.row, rowAt(next, edit.at).id);
      } else {
        const next = await model.write('snippets.detach', { rowId: edit.row.id });
        history.release(edit.row.id);
        edit.copies.forEach((copy, k) => history.rebind(copy, rowAt(next, edit.at + k).id));
      }
      return null;
    case 'makeSnippet': {
      const at = rowIndex(doc(), edit.ref.id);
      if (undo) {
        const next = await model.write('snippets.detach', { rowId: edit.ref.id });
        history.release(edit.ref.id);
        edit.rows.forEach((row, k) => history.rebind(row, rowAt(next, at + k).id));
        // The snippet was made by this edit and nothing else shows it: it goes too.
        await model.write('snippets.delete', { id: edit.snippet.id }).catch(() => undefined);
        history.release(edit.snippet.id, 'snippet');
      } else {
        const first = rowIndex(doc(), edit.rows[0]?.id ?? -1);
        const next = await model.write('snippets.createFromRows', { episodeId, rowIds: edit.rows.map((r) => r.id), name: edit.name });
        const ref = rowAt(next, first);
        history.rebind(edit.ref, ref.id);
        if (ref.type === 'snippet') history.rebind(edit.snippet, ref.snippetId, 'snippet');
      }
      return null;
    }
    default: {
      const never: never = edit;
      return never;
    }
  }
}

export function useNotesUndo(engine: NotesEngine, onFocus: (request: FocusRequest | null) => void, onError: (e: unknown) => void) {
  const { history, model, autosave } = engine;
  const [flags, setFlags] = useState({ canUndo: false, canRedo: false });
  const sync = useCallback(() => setFlags((flags) => (flags.canUndo === history.canUndo && flags.canRedo === history.canRedo
    ? flags : { canUndo: history.canUndo, canRedo: history.canRedo })), [history]);

  const step = useCallback((undo: boolean) => {
    void autosave.flush();
    model.enqueue(async () => {
      const edit = undo ? history.takeUndo() : history.takeRedo();
      if (!edit) return;
      try {
        onFocus(await replay(engine, edit, undo));
      } catch (e) {
        history.forget(edit);
        throw e;
      }
    }).catch(onError).finally(sync);
  }, [autosave, engine, history, model, onError, onFocus, sync]);

  const undo = useCallback(() => step(true), [step]);
  const redo = useCallback(() => step(false), [step]);
  return { ...flags, undo, redo, sync };
}
