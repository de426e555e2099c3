import { describe, expect, it } from 'vitest';
import { NotesHistory, type TextEdit } from '../../../src/renderer/lib/notes-history.js';

const typing = (history: NotesHistory, rowId: number, lang: 'fr' | 'en', before: string, after: string): TextEdit =>
  ({ type: 'text', row: history.row(rowId), lang, before, after, minor: false, statusBefore: 'draft' });

describe('the Notes editor’s undo history', () => {
  it('coalesces typing in one side until focus or another edit seals it', () => {
    const h = new NotesHistory();
    h.typed(typing(h, 1, 'fr', '', 'B'));
    h.typed(typing(h, 1, 'fr', 'B', 'Bo'));
    h.typed(typing(h, 1, 'fr', 'Bo', 'Bon'));
    h.typed(typing(h, 1, 'en', '', 'G'));
    h.seal();
    h.typed(typing(h, 1, 'en', 'G', 'Go'));
    const last = h.takeUndo();
    expect(last).toMatchObject({ lang: 'en', before: 'G', after: 'Go' });
    expect(h.takeUndo()).toMatchObject({ lang: 'en', before: '', after: 'G' });
    expect(h.takeUndo()).toMatchObject({ lang: 'fr', before: '', after: 'Bon' });
    expect(h.canUndo).toBe(false);
    expect(h.takeRedo()).toMatchObject({ lang: 'fr', after: 'Bon' });
    expect(h.canRedo).toBe(true);
  });

  it('drops what could be redone once something new is done', () => {
    const h = new NotesHistory();
    h.push({ type: 'move', row: h.row(1), from: 0, to: 1 });
    h.takeUndo();
    expect(h.canRedo).toBe(true);
    h.push({ type: 'move', row: h.row(2), from: 1, to: 0 });
    expect(h.canRedo).toBe(false);
  });

  it('re-points every entry about a row an undo re-created, even when SQLite reuses the old id', () => {
    const h = new NotesHistory();
    const deleted = h.row(7);
    h.push({ type: 'move', row: deleted, from: 2, to: 3 });
    h.release(7);
    // A new row took id 7: it is another row.
    expect(h.row(7)).not.toBe(deleted);
    h.rebind(deleted, 12);
    expect(deleted.id).toBe(12);
    expect(h.row(12)).toBe(deleted);
  });

  it('forgets an entry that could not be replayed', () => {
    const h = new NotesHistory();
    h.push({ type: 'insert', row: h.row(3), at: 0 });
    const edit = h.takeUndo();
    expect(edit).not.toBeNull();
    h.forget(edit!);
    expect(h.canRedo).toBe(false);
  });
});
