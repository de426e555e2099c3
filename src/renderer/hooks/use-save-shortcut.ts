// Ctrl/Cmd+S saves whichever form is on screen: forms register their save function here and
// the global shortcut calls the most recently mounted one.
import { useEffect, useLayoutEffect, useRef } from 'react';

const handlers: Array<{ current: () => void }> = [];

export function useSaveShortcut(save: () => void): void {
  const ref = useRef(save);
  useLayoutEffect(() => {
    ref.current = save;
  });
  useEffect(() => {
    const entry = { current: () => ref.current() };
    handlers.push(entry);
    return () => {
      handlers.splice(handlers.indexOf(entry), 1);
    };
  }, []);
}

export function runSave(): boolean {
  const top = handlers[handlers.length - 1];
  if (!top) return false;
  top.current();
  return true;
}
