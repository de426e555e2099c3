// Every write answers with the whole NotesDoc; rows that did not change keep their previous
// objects, so memoized rows of a long doc do not re-render on each autosave.
import type { NoteRow, NoteSide, NotesDoc, Snippet } from '../../shared/notes/types';

const sameSide = (a: NoteSide, b: NoteSide) => a.text === b.text && a.status === b.status && a.fromHash === b.fromHash;

function sameRow(a: NoteRow, b: NoteRow): boolean {
  if (a.id !== b.id || a.type !== b.type || a.position !== b.position || a.updatedAt !== b.updatedAt) return false;
  if (a.type === 'snippet' || b.type === 'snippet') return a.type === b.type && a.snippetId === (b as typeof a).snippetId;
  return a.kind === b.kind && a.source === b.source && a.state === b.state && sameSide(a.fr, b.fr) && sameSide(a.en, b.en);
}

const sameSnippet = (a: Snippet, b: Snippet) =>
  a.id === b.id && a.version === b.version && a.usedBy === b.usedBy && a.name === b.name && a.updatedAt === b.updatedAt;

export function reuseDoc(previous: NotesDoc | null, next: NotesDoc): NotesDoc {
  if (!previous) return next;
  const oldRows = new Map(previous.rows.map((r) => [r.id, r]));
  const oldSnippets = new Map(previous.snippets.map((s) => [s.id, s]));
  const rows = next.rows.map((r) => {
    const old = oldRows.get(r.id);
    return old && sameRow(old, r) ? old : r;
  });
  const snippets = next.snippets.map((s) => {
    const old = oldSnippets.get(s.id);
    return old && sameSnippet(old, s) ? old : s;
  });
  return { ...next, rows, snippets };
}
