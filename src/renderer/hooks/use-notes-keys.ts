// The Notes editor's keyboard, on its root element: Tab between the two sides of a row, Alt+↑/↓
// to the same side of the row above or below (moving focus in the page as laid out, so filters
// and open snippets are followed), and every other chord (lib/notes-keys.ts) handed to `run`
// with the row, side and caret it applies to. Handled keys stop here: Alt+↑/↓ would otherwise
// also step to the next episode.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { NoteLang } from '../../shared/notes/types';
import { notesCommandFor, type NotesCommand } from '../lib/notes-keys';

export interface KeyTarget {
  rowId: number | null;
  lang: NoteLang | null;
  caret: number;
}

const sidesIn = (root: HTMLElement | null, lang?: NoteLang) =>
  [...(root?.querySelectorAll<HTMLTextAreaElement>(`textarea[data-row-id]${lang ? `[data-lang="${lang}"]` : ''}`) ?? [])];

export function focusSide(root: HTMLElement | null, rowId: number, lang: NoteLang, caret: number | 'end'): boolean {
  const side = root?.querySelector<HTMLTextAreaElement>(`textarea[data-row-id="${rowId}"][data-lang="${lang}"]`);
  if (!side) return false;
  side.focus();
  const at = caret === 'end' ? side.value.length : Math.min(caret, side.value.length);
  side.setSelectionRange(at, at);
  return true;
}

/** The same side of the row `delta` rows away, as shown; false at either end. */
export function stepRow(root: HTMLElement | null, from: HTMLTextAreaElement, delta: -1 | 1): boolean {
  const list = sidesIn(root, from.dataset.lang as NoteLang);
  const next = list[list.indexOf(from) + delta];
  if (!next) return false;
  next.focus();
  next.setSelectionRange(next.value.length, next.value.length);
  return true;
}

export function useNotesKeys(root: RefObject<HTMLElement | null>, isMac: boolean, run: (command: NotesCommand, at: KeyTarget) => void) {
  const ref = useRef(run);
  ref.current = run;

  return useCallback((e: KeyboardEvent<HTMLElement>) => {
    const el = e.target as HTMLElement;
    // Dialogs opened from the tab (snippet picker, paste and align) have keys of their own.
    if (e.defaultPrevented || e.nativeEvent.isComposing || el.closest('dialog')) return;
    const side = el instanceof HTMLTextAreaElement && el.dataset.rowId ? el : null;
    if (side && e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const column = Number(side.dataset.column);
      if ((column === 0) === e.shiftKey) return; // Shift+Tab on the left, Tab on the right: leave the row as usual.
      const other = [...(side.closest('.note-row')?.querySelectorAll<HTMLTextAreaElement>('textarea[data-row-id]') ?? [])]
        .find((t) => t !== side && t.dataset.rowId === side.dataset.rowId);
      if (!other) return;
      e.preventDefault();
      other.focus();
      return;
    }
    const command = notesCommandFor(e, isMac);
    if (!command) return;
    if (command === 'prevRow' || command === 'nextRow') {
      if (!side) return;
      stepRow(root.current, side, command === 'prevRow' ? -1 : 1);
    } else {
      const holder = el.closest<HTMLElement>('[data-row-id]');
      const rowId = holder ? Number(holder.dataset.rowId) : null;
      ref.current(command, { rowId, lang: (side?.dataset.lang as NoteLang | undefined) ?? null, caret: side?.selectionStart ?? 0 });
    }
    e.preventDefault();
    e.stopPropagation();
  }, [root, isMac]);
}

/**
 * Undo and redo while no element has the focus: deleting or merging removes the focused row, and
 * the focus falls to the page until the editor puts it on a neighbour. A Ctrl+Z typed in that
 * moment would otherwise reach nobody. Other chords need a row, so they wait for the focus.
 */
export function useNotesUndoKeysWithoutFocus(isMac: boolean, run: (command: 'undo' | 'redo') => void) {
  const ref = useRef(run);
  ref.current = run;
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const focused = document.activeElement;
      if (e.defaultPrevented || (focused !== null && focused !== document.body)) return;
      const command = notesCommandFor(e, isMac);
      if (command !== 'undo' && command !== 'redo') return;
      e.preventDefault();
      ref.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac]);
}
