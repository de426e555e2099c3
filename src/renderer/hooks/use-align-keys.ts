// The proposal grid's keyboard: rows and sides like a spreadsheet, one letter per edit of the
// active row, undo/redo. Fields (the kind menu) keep their keys; a focused button keeps Enter/Space.
import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { NoteLang } from '../../shared/notes/types';

export interface AlignKeyActions {
  step: (delta: number) => void;
  edge: (where: 'first' | 'last') => void;
  side: (side: NoteLang) => void;
  moveSide: (delta: -1 | 1) => void;
  accept: () => void;
  reject: () => void;
  swap: () => void;
  split: () => void;
  merge: () => void;
  undo: () => void;
  redo: () => void;
}

const isField = (target: EventTarget) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useAlignKeys(actions: AlignKeyActions) {
  const ref = useRef(actions);
  ref.current = actions;

  return useCallback((e: KeyboardEvent<HTMLElement>) => {
    if (isField(e.target)) return;
    const a = ref.current;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && key === 'z') return done(e, e.shiftKey ? a.redo : a.undo);
    if (mod && !e.altKey && key === 'y') return done(e, a.redo);
    if (mod) return;
    // Alt+↑/↓ moves between rows here as in lists elsewhere (never to another episode behind the dialog).
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const delta = e.key === 'ArrowUp' ? -1 : 1;
      return done(e, () => (e.shiftKey ? a.moveSide(delta) : a.step(delta)));
    }
    if (e.altKey) return;
    if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
    switch (true) {
      case e.key === 'Home': return done(e, () => a.edge('first'));
      case e.key === 'End': return done(e, () => a.edge('last'));
      case e.key === 'PageUp': return done(e, () => a.step(-10));
      case e.key === 'PageDown': return done(e, () => a.step(10));
      case e.key === 'ArrowLeft': return done(e, () => a.side('fr'));
      case e.key === 'ArrowRight': return done(e, () => a.side('en'));
      case key === 'a' || e.key === 'Enter': return done(e, a.accept);
      case key === 'r' || e.key === 'Delete' || e.key === 'Backspace': return done(e, a.reject);
      case key === 's': return done(e, a.swap);
      case key === 'x': return done(e, a.split);
      case key === 'm': return done(e, a.merge);
      default: return undefined;
    }
  }, []);
}

function done(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  e.stopPropagation();
  action();
}
