import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/shared/notes/content-hash.js';
import { statusAfterEdit } from '../../../src/shared/notes/side-state.js';
import type { NoteTextRow } from '../../../src/shared/notes/types.js';
import { inputOf, nextRestoreCall, snapshotOf, type RestoreCall, type RowSnapshot } from '../../../src/renderer/lib/notes-restore.js';
import { side, textRow } from './notes-fixtures.js';

/** What the library does for each call (notes.ts), enough to walk a row to its snapshot. */
function apply(row: NoteTextRow, call: RestoreCall): NoteTextRow {
  const sides = { fr: row.fr, en: row.en };
  if (call.call === 'notes.updateRow') return textRow(row.id, row.fr, row.en, { source: call.source });
  if (call.call === 'notes.updateSide') {
    const old = sides[call.lang];
    sides[call.lang] = { ...old, text: call.text, status: statusAfterEdit(old.status, old.text, call.text) };
  } else {
    const marked = (call.status === 'translated' || call.status === 'reviewed') && call.lang !== row.source;
    const from = sides[row.source].text;
    sides[call.lang] = marked
      ? { ...sides[call.lang], status: call.status, fromHash: contentHash(from), fromText: from }
      : { ...sides[call.lang], status: call.status };
  }
  return textRow(row.id, sides.fr, sides.en, { source: row.source });
}

function walk(row: NoteTextRow, snap: RowSnapshot): { row: NoteTextRow; calls: RestoreCall[] } {
  const calls: RestoreCall[] = [];
  for (let call = nextRestoreCall(row, snap); call; call = nextRestoreCall(row, snap)) {
    calls.push(call);
    row = apply(row, call);
    if (calls.length > 10) throw new Error('does not converge');
  }
  return { row, calls };
}

describe('walking a row back to a snapshot', () => {
  it('does nothing when the row already is the snapshot', () => {
    const row = textRow(1, side('Salut', 'translated'), side('Hi', 'reviewed', 'Salut'));
    expect(nextRestoreCall(row, snapshotOf(row))).toBeNull();
  });

  it('puts back a reviewed status an edit lowered', () => {
    const before = textRow(1, side('Salut', 'translated'), side('Hi', 'reviewed', 'Salut'));
    const now = textRow(1, side('Salut', 'translated'), side('Hi', 'translated', 'Salut'));
    const { row, calls } = walk(now, snapshotOf(before));
    expect(calls).toEqual([{ call: 'notes.setStatus', lang: 'en', status: 'reviewed' }]);
    expect(row.state).toBe('reviewed');
  });

  it('makes a row need an update again (old source, mark, current source)', () => {
    const stale = textRow(1, side('Bonjour à toutes', 'translated'), side('Hello everyone', 'translated', 'Bonjour à tous'));
    expect(stale.state).toBe('needs_update');
    const marked = textRow(1, side('Bonjour à toutes', 'translated'), side('Hello everyone', 'translated', 'Bonjour à toutes'));
    const { row, calls } = walk(marked, snapshotOf(stale));
    expect(calls.map((c) => c.call)).toEqual(['notes.updateSide', 'notes.setStatus', 'notes.updateSide']);
    expect(row.state).toBe('needs_update');
    expect(row.en.fromText).toBe('Bonjour à tous');
    expect(row.fr.text).toBe('Bonjour à toutes');
  });

  it('restores texts, kind of source and statuses of a re-inserted row', () => {
    const snap = snapshotOf(textRow(1, side('Un', 'translated', 'One'), side('One', 'translated'), { source: 'en' }));
    const inserted = textRow(9, side('Un', 'translated'), side('', 'untranslated'));
    const { row } = walk(inserted, snap);
    expect([row.source, row.fr.text, row.en.text, row.state]).toEqual(['en', 'Un', 'One', 'translated']);
  });

  it('never asks to mark an empty side translated', () => {
    const snap = snapshotOf(textRow(1, side('Salut', 'translated'), side('', 'translated')));
    const now = textRow(1, side('Salut', 'translated'), side('', 'untranslated'));
    expect(nextRestoreCall(now, snap)).toBeNull();
  });

  it('gives the row to insert with its statuses', () => {
    const snap = snapshotOf(textRow(1, side('Un', 'reviewed'), side('One', 'draft')));
    expect(inputOf(snap)).toEqual({ kind: 'paragraph', source: 'fr', fr: 'Un', en: 'One', status: { fr: 'reviewed', en: 'draft' } });
  });
});
