// What the Notes grid derives from the doc and the typing: snippets by id, pending edits and
// warnings grouped by row (a row's group keeps its object while unchanged, so memoized rows
// skip re-rendering), and the filter chips' and warnings' counts as the rows are on screen:
// a row being typed into gets its warnings from the shared rules, not from the last save.
import { useMemo, useRef } from 'react';
import { rowWarnings } from '../../shared/notes/note-warnings';
import type { NoteRow, NotesDoc, NoteTextRow, NoteWarning, Snippet } from '../../shared/notes/types';
import { parseSideKey } from '../lib/notes-drafts';
import { filterCounts } from '../lib/notes-filter';
import { liveRow, type RowEdits } from '../lib/notes-live-row';
import { textRowsOf, type SideEdits } from './use-notes-autosave';

function useStableGroups<T>(groups: Map<number, T>, same: (a: T, b: T) => boolean): ReadonlyMap<number, T> {
  const previous = useRef(new Map<number, T>());
  return useMemo(() => {
    const out = new Map<number, T>();
    for (const [id, group] of groups) {
      const old = previous.current.get(id);
      out.set(id, old !== undefined && same(old, group) ? old : group);
    }
    previous.current = out;
    return out;
  }, [groups, same]);
}

const sameEdits = (a: RowEdits, b: RowEdits) => a.fr === b.fr && a.en === b.en;
const sameWarnings = (a: readonly NoteWarning[], b: readonly NoteWarning[]) => JSON.stringify(a) === JSON.stringify(b);

export function useNotesView(doc: NotesDoc | null, edits: SideEdits) {
  const snippets = useMemo<ReadonlyMap<number, Snippet>>(() => new Map((doc?.snippets ?? []).map((s) => [s.id, s])), [doc?.snippets]);

  const editGroups = useMemo(() => {
    const groups = new Map<number, RowEdits>();
    for (const [key, edit] of Object.entries(edits)) {
      const side = parseSideKey(key);
      if (side) groups.set(side.rowId, { ...groups.get(side.rowId), [side.lang]: edit });
    }
    return groups;
  }, [edits]);
  const editsByRow = useStableGroups(editGroups, sameEdits);

  const warningGroups = useMemo(() => {
    const groups = new Map<number, NoteWarning[]>();
    for (const w of doc?.warnings ?? []) groups.set(w.rowId, [...(groups.get(w.rowId) ?? []), w]);
    const typedInto = new Map(textRowsOf(doc).map((r): [number, NoteTextRow] => [r.id, r]));
    for (const [rowId, rowEdits] of editsByRow) {
      const row = typedInto.get(rowId);
      if (!row) continue;
      const warnings = rowWarnings(liveRow(row, rowEdits));
      if (warnings.length > 0) groups.set(rowId, warnings);
      else groups.delete(rowId);
    }
    return groups;
  }, [doc, editsByRow]);
  const warningsByRow = useStableGroups(warningGroups, sameWarnings);
  const warningCount = useMemo(() => [...warningsByRow.values()].reduce((n, list) => n + list.length, 0), [warningsByRow]);

  const counts = useMemo(() => {
    const rows: NoteRow[] = (doc?.rows ?? []).map((r) => (r.type === 'text' ? liveRow(r, editsByRow.get(r.id)) : r));
    return filterCounts(rows, snippets);
  }, [doc?.rows, editsByRow, snippets]);

  return { snippets, editsByRow, warningsByRow, warningCount, counts };
}
