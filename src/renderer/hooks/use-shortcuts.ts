// Window-wide keyboard shortcuts (the sheet behind `?` lists them). Typing in a field keeps
// `?` and plain keys for the field; chorded shortcuts work everywhere.
import { useEffect, useRef } from 'react';
import { runSave } from './use-save-shortcut';

export interface ShortcutActions {
  palette: () => void;
  search: () => void;
  inspector: () => void;
  step: (delta: 1 | -1) => void;
  sheet: () => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useShortcuts(actions: ShortcutActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const a = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && !e.altKey && key === 'k') a.palette();
      else if (mod && !e.altKey && key === 'f') a.search();
      else if (mod && !e.altKey && key === 's') runSave();
      else if (mod && (e.key === '\\' || e.code === 'Backslash')) a.inspector();
      else if (e.altKey && !mod && e.key === 'ArrowUp') a.step(-1);
      else if (e.altKey && !mod && e.key === 'ArrowDown') a.step(1);
      else if (e.key === '?' && !mod && !isTyping(e.target) && !document.querySelector('dialog[open]')) a.sheet();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
