// The status filter over the rows (client-side) and the counts its chips show. A snippet shown in
// the episode counts with its own rows, as the library's progress does.
import type { NoteRow, NoteTextRow, Snippet } from '../../shared/notes/types';

export type NotesFilter = 'all' | 'work' | 'update';

function innerRows(row: NoteRow, snippets: ReadonlyMap<number, Snippet>): NoteTextRow[] {
  return row.type === 'text' ? [row] : (snippets.get(row.snippetId)?.rows ?? []);
}

const matches = (row: NoteTextRow, filter: NotesFilter) =>
  filter === 'all' || (filter === 'work' ? row.needsWork : row.state === 'needs_update');

export function rowShown(row: NoteRow, filter: NotesFilter, snippets: ReadonlyMap<number, Snippet>): boolean {
  return filter === 'all' || innerRows(row, snippets).some((r) => matches(r, filter));
}

export function filterCounts(rows: readonly NoteRow[], snippets: ReadonlyMap<number, Snippet>): { work: number; update: number } {
  let work = 0;
  let update = 0;
  for (const row of rows) {
    for (const inner of innerRows(row, snippets)) {
      if (inner.needsWork) work++;
      if (inner.state === 'needs_update') update++;
    }
  }
  return { work, update };
}
