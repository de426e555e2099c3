import { describe, expect, it } from 'vitest';
import type { NoteSnippetRow } from '../../../src/shared/notes/types.js';
import { consecutiveTextRows, inDocOrder, nextSelection, snippetNameFrom } from '../../../src/renderer/lib/notes-selection.js';
import { side, textRow } from './notes-fixtures.js';

const rows = [
  textRow(1, side('**Raccords** est le balado des Ondes de quartier, en deux langues.', 'translated'), side('', 'untranslated')),
  textRow(2, side('Deux', 'translated'), side('', 'untranslated')),
  { type: 'snippet', id: 3, episodeId: 1, snippetId: 9, position: 2, updatedAt: '' } as NoteSnippetRow,
  textRow(4, side('Quatre', 'translated'), side('', 'untranslated')),
];

describe('selecting rows for a snippet', () => {
  it('toggles one row, or adds the range up to the last one clicked', () => {
    const order = [1, 2, 3, 4];
    expect([...nextSelection(order, new Set([1]), 1, 1, false)]).toEqual([]);
    expect([...nextSelection(order, new Set([1]), 4, 1, true)].sort()).toEqual([1, 2, 3, 4]);
    expect([...nextSelection(order, new Set(), 2, null, true)]).toEqual([2]);
  });

  it('keeps doc order and accepts only text rows that follow each other', () => {
    expect(inDocOrder(rows, [4, 1, 99, 2])).toEqual([1, 2, 4]);
    expect(consecutiveTextRows(rows, [1, 2])).toBe(true);
    expect(consecutiveTextRows(rows, [2, 4])).toBe(false);
    expect(consecutiveTextRows(rows, [3, 4])).toBe(false);
    expect(consecutiveTextRows(rows, [])).toBe(false);
  });

  it('names the snippet after the first words of its first row, markers left out', () => {
    expect(snippetNameFrom(rows[0])).toBe('Raccords est le balado des Ondes');
    expect(snippetNameFrom(rows[2])).toBe('');
  });
});
