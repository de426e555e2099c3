// Selecting rows to make a snippet of them: click toggles a row, Shift+click adds the rows up to
// the last one clicked; a snippet can only be made of text rows that follow each other, and its
// name starts as the first words of the first row's source.
import type { NoteRow } from '../../shared/notes/types';

export function nextSelection(order: readonly number[], selected: ReadonlySet<number>, rowId: number, anchor: number | null, extend: boolean): Set<number> {
  const from = anchor === null ? -1 : order.indexOf(anchor);
  const to = order.indexOf(rowId);
  if (extend && from >= 0 && to >= 0) return new Set([...selected, ...order.slice(Math.min(from, to), Math.max(from, to) + 1)]);
  const next = new Set(selected);
  if (next.has(rowId)) next.delete(rowId);
  else next.add(rowId);
  return next;
}

/** The ids that are rows of the doc, in the doc's order. */
export function inDocOrder(rows: readonly NoteRow[], ids: Iterable<number>): number[] {
  const wanted = new Set(ids);
  return rows.filter((r) => wanted.has(r.id)).map((r) => r.id);
}

/** True when `ids` (in doc order) are text rows with nothing between them. */
export function consecutiveTextRows(rows: readonly NoteRow[], ids: readonly number[]): boolean {
  if (ids.length === 0) return false;
  const start = rows.findIndex((r) => r.id === ids[0]);
  return start >= 0 && ids.every((id, k) => rows[start + k]?.id === id && rows[start + k]?.type === 'text');
}

export function snippetNameFrom(row: NoteRow | undefined): string {
  if (!row || row.type !== 'text') return '';
  const text = row[row.source].text.replace(/[*_[\]()]/g, ' ').replace(/\s+/g, ' ').trim();
  const words = text.split(' ').slice(0, 6).join(' ');
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}
