// What the API's notes.* and snippets.* calls do, over the library: each write is one
// transaction and answers with the whole NotesDoc the editor shows, so it never drifts.

import { invalid } from '../../../shared/api/errors.js';
import type { NoteRowInput } from '../../../shared/notes/schemas.js';
import type { NoteKind, NoteLang, NotesDoc, NoteStatus, Snippet } from '../../../shared/notes/types.js';
import type { Library } from '../library/library.js';
import type { RowOwner } from '../library/notes.js';
import { notesDoc, snippetWithRows } from './notes-doc.js';

/** Row calls may name the episode the editor shows (a snippet's row edited inside an episode). */
interface RowCall {
  rowId: number;
  episodeId?: number;
}

function ownerFrom(args: { episodeId?: number; snippetId?: number }): RowOwner {
  if (args.episodeId !== undefined && args.snippetId === undefined) return { episodeId: args.episodeId };
  if (args.snippetId !== undefined && args.episodeId === undefined) return { snippetId: args.snippetId };
  throw invalid('episodeId', 'name an episode or a snippet, not both', 'nommez un épisode ou un extrait, pas les deux');
}

/** Runs `write` in one transaction, then answers with the doc of the episode named, else of the row's owner. */
function rowCall(library: Library, call: RowCall, write: () => unknown): NotesDoc {
  return library.transaction(() => {
    const owner = library.notes.ownerOf(call.rowId);
    write();
    return notesDoc(library, call.episodeId !== undefined ? { episodeId: call.episodeId } : owner);
  });
}

export const getNotes = (library: Library, owner: RowOwner): NotesDoc => notesDoc(library, owner);

export function insertRow(library: Library, args: { episodeId?: number; snippetId?: number; at: number; row?: NoteRowInput }): NotesDoc {
  const owner = ownerFrom(args);
  return library.transaction(() => {
    library.notes.insert(owner, args.at, [args.row ?? {}]);
    return notesDoc(library, owner);
  });
}

export const updateSide = (library: Library, args: RowCall & { lang: NoteLang; text: string; minor?: boolean }): NotesDoc =>
  rowCall(library, args, () => library.notes.updateSide(args.rowId, args.lang, args.text, { minor: args.minor }));

export const setStatus = (library: Library, args: RowCall & { lang: NoteLang; status: NoteStatus }): NotesDoc =>
  rowCall(library, args, () => library.notes.setStatus(args.rowId, args.lang, args.status));

export const updateRow = (library: Library, args: RowCall & { kind?: NoteKind; source?: NoteLang }): NotesDoc =>
  rowCall(library, args, () => library.notes.update(args.rowId, { kind: args.kind, source: args.source }));

export const splitRow = (library: Library, args: RowCall & { at: { fr: number; en: number } }): NotesDoc =>
  rowCall(library, args, () => library.notes.split(args.rowId, args.at));

export const mergeRows = (library: Library, args: { rowIds: number[]; episodeId?: number }): NotesDoc =>
  rowCall(library, { rowId: args.rowIds[0] as number, episodeId: args.episodeId }, () => library.notes.merge(args.rowIds));

export const moveRow = (library: Library, args: RowCall & { to: number }): NotesDoc =>
  rowCall(library, args, () => library.notes.move(args.rowId, args.to));

export const deleteRow = (library: Library, args: RowCall): NotesDoc =>
  rowCall(library, args, () => library.notes.remove(args.rowId));

/** Stores an accepted alignment proposal: instead of the episode's rows, or after them. */
export function commitAlignment(
  library: Library,
  args: { episodeId: number; rows: NoteRowInput[]; mode: 'replace' | 'append' },
): NotesDoc {
  const owner = { episodeId: args.episodeId };
  return library.transaction(() => {
    if (args.mode === 'replace') library.notes.replaceAll(owner, args.rows, 'alignment');
    else library.notes.insert(owner, library.notes.rows(owner).length, args.rows, 'alignment');
    return notesDoc(library, owner);
  });
}

export function createSnippet(library: Library, args: { showId: number; name: string; rows?: NoteRowInput[] }): Snippet {
  return library.transaction(() => {
    const snippet = library.snippets.create(args.showId, args.name);
    if (args.rows?.length) library.notes.insert({ snippetId: snippet.id }, 0, args.rows);
    return snippetWithRows(library, snippet.id);
  });
}

/** A new snippet made of rows of an episode, shown where they were. */
export function createSnippetFromRows(library: Library, args: { episodeId: number; rowIds: number[]; name: string }): NotesDoc {
  return library.transaction(() => {
    const { showId } = library.episodes.get(args.episodeId);
    const rows = args.rowIds.map((id) => library.notes.row(id));
    if (rows.some((r) => r.episodeId !== args.episodeId)) throw invalid('rowIds', 'every row must belong to this episode', 'chaque ligne doit appartenir à cet épisode');
    const snippet = library.snippets.create(showId, args.name);
    library.notes.adopt(args.rowIds, snippet.id);
    return notesDoc(library, { episodeId: args.episodeId });
  });
}

export function updateSnippet(library: Library, args: { id: number; name?: string; rows?: NoteRowInput[] }): Snippet {
  return library.transaction(() => {
    if (args.name !== undefined) library.snippets.rename(args.id, args.name);
    if (args.rows !== undefined) library.notes.replaceAll({ snippetId: args.id }, args.rows);
    return snippetWithRows(library, args.id);
  });
}

export const listSnippets = (library: Library, showId: number): Snippet[] =>
  library.snippets.list(showId).map((s) => snippetWithRows(library, s.id));

export function insertSnippet(library: Library, args: { episodeId: number; snippetId: number; at: number }): NotesDoc {
  return library.transaction(() => {
    library.notes.insertSnippet(args.episodeId, args.snippetId, args.at);
    return notesDoc(library, { episodeId: args.episodeId });
  });
}

export const detachSnippet = (library: Library, args: { rowId: number }): NotesDoc =>
  rowCall(library, args, () => library.notes.detach(args.rowId));
