// Which language is the left column of the Notes editor (French by default), remembered across
// reloads. Tab goes from the left side to the right one whatever the order.
import { useCallback, useState } from 'react';
import type { NoteLang } from '../../shared/notes/types';

export type ColumnOrder = readonly [NoteLang, NoteLang];

const KEY = 'balado.notes-columns';
const FRENCH_FIRST: ColumnOrder = ['fr', 'en'];
const ENGLISH_FIRST: ColumnOrder = ['en', 'fr'];

export function useNotesColumns(): { columns: ColumnOrder; swap: () => void } {
  const [columns, setColumns] = useState<ColumnOrder>(() => {
    try {
      return localStorage.getItem(KEY) === 'en' ? ENGLISH_FIRST : FRENCH_FIRST;
    } catch {
      return FRENCH_FIRST;
    }
  });
  const swap = useCallback(() => setColumns((order) => {
    const next = order[0] === 'fr' ? ENGLISH_FIRST : FRENCH_FIRST;
    try {
      localStorage.setItem(KEY, next[0]);
    } catch {
      // Not remembered; the swap still shows.
    }
    return next;
  }), []);
  return { columns, swap };
}
