import { describe, expect, it } from 'vitest';
import type { NoteSnippetRow, Snippet } from '../../../src/shared/notes/types.js';
import { filterCounts, rowShown } from '../../../src/renderer/lib/notes-filter.js';
import { reuseDoc } from '../../../src/renderer/lib/notes-reuse.js';
import { side, textRow } from './notes-fixtures.js';

const done = textRow(1, side('Un', 'translated'), side('One', 'reviewed', 'Un'));
const stale = textRow(2, side('Deux !', 'translated'), side('Two', 'translated', 'Deux'));
const todo = textRow(3, side('Trois', 'translated'), side('', 'untranslated'));
const inSnippet = { ...textRow(10, side('Extrait', 'translated'), side('', 'untranslated')), episodeId: null, snippetId: 5 };
const snippet: Snippet = { id: 5, showId: 1, name: 'Générique', version: 1, rows: [inSnippet], usedBy: 2, createdAt: '', updatedAt: '' };
const ref: NoteSnippetRow = { type: 'snippet', id: 4, episodeId: 1, snippetId: 5, position: 3, updatedAt: '' };
const snippets = new Map([[5, snippet]]);

describe('the status filter', () => {
  it('counts rows needing work and needing an update, a snippet’s rows included', () => {
    expect(filterCounts([done, stale, todo, ref], snippets)).toEqual({ work: 3, update: 1 });
  });

  it('shows what each chip asks for', () => {
    const shown = (filter: 'all' | 'work' | 'update') => [done, stale, todo, ref].filter((r) => rowShown(r, filter, snippets)).map((r) => r.id);
    expect(shown('all')).toEqual([1, 2, 3, 4]);
    expect(shown('work')).toEqual([2, 3, 4]);
    expect(shown('update')).toEqual([2]);
  });
});

describe('reusing unchanged rows of a new doc', () => {
  it('keeps the objects of rows that did not change', () => {
    const doc = {
      owner: { episodeId: 1, snippetId: null, showId: 1 } as const, defaultSource: 'fr' as const, rows: [done, todo], snippets: [snippet],
      size: { fr: { chars: 0, bytes: 0, limit: 4000, over: false }, en: { chars: 0, bytes: 0, limit: 4000, over: false } },
      warnings: [], progress: { reviewed: 1, total: 2, needsWork: 1 }, changedAt: '',
    };
    const edited = textRow(3, side('Trois', 'translated'), side('Three', 'draft'));
    const next = reuseDoc(doc, { ...doc, rows: [{ ...done }, edited], snippets: [{ ...snippet }] });
    expect(next.rows[0]).toBe(done);
    expect(next.rows[1]).toBe(edited);
    expect(next.snippets[0]).toBe(snippet);
  });
});
