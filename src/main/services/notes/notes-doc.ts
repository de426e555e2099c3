// The Notes tab's whole state in one answer: rows, the snippets they show (with their rows),
// each language's size as it will ship, warnings, progress and when the notes last changed.

import { rowWarnings } from '../../../shared/notes/note-warnings.js';
import type { NotesDoc, NotesOwner, NoteTextRow, Snippet } from '../../../shared/notes/types.js';
import type { Library } from '../library/library.js';
import type { RowOwner } from '../library/notes.js';
import { blocksOf, expandRows, sizeOf } from './notes-output.js';

export function snippetWithRows(library: Library, id: number): Snippet {
  return { ...library.snippets.get(id), rows: library.notes.rows({ snippetId: id }) as NoteTextRow[] };
}

function ownerOf(library: Library, owner: RowOwner): NotesOwner {
  if ('episodeId' in owner) return { episodeId: owner.episodeId, snippetId: null, showId: library.episodes.get(owner.episodeId).showId };
  return { episodeId: null, snippetId: owner.snippetId, showId: library.snippets.get(owner.snippetId).showId };
}

export function notesDoc(library: Library, owner: RowOwner): NotesDoc {
  const rows = library.notes.rows(owner);
  const shown = [...new Set(rows.flatMap((r) => (r.type === 'snippet' ? [r.snippetId] : [])))];
  const snippets = shown.map((id) => snippetWithRows(library, id));
  const expanded = expandRows(library, rows);
  const progress = { reviewed: 0, total: 0, needsWork: 0 };
  for (const row of expanded) {
    if (row.fr.text.trim() === '' && row.en.text.trim() === '') continue;
    progress.total++;
    if (row.state === 'reviewed') progress.reviewed++;
    if (row.needsWork) progress.needsWork++;
  }
  const times = expanded.map((r) => r.updatedAt).concat(snippets.map((s) => s.updatedAt));
  if ('episodeId' in owner) times.push(library.notes.changedAt(owner.episodeId) ?? '');
  else times.push(library.snippets.get(owner.snippetId).updatedAt);
  return {
    owner: ownerOf(library, owner),
    defaultSource: library.notes.defaultSource(owner),
    rows,
    snippets,
    size: { fr: sizeOf(blocksOf(expanded, 'fr')), en: sizeOf(blocksOf(expanded, 'en')) },
    warnings: expanded.flatMap(rowWarnings),
    progress,
    changedAt: times.reduce((latest, t) => (t > latest ? t : latest), ''),
  };
}
