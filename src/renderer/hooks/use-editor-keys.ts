// The chapter editor's keyboard (only while it has focus, never while typing in a field):
// transport, chapters, nudges, zoom, shuttle, undo/redo. Escape in a field hands the keys back.
import { useCallback, useRef, type KeyboardEvent } from 'react';

export interface EditorKeyActions {
  playPause: () => void;
  addChapter: () => void;
  deleteSelected: () => void;
  seekBy: (seconds: number) => void;
  seekTo: (where: 'start' | 'end') => void;
  nudge: (ms: number) => void;
  stepChapter: (delta: -1 | 1) => void;
  zoom: (direction: -1 | 1) => void;
  shuttle: (key: 'j' | 'k' | 'l') => void;
  undo: () => void;
  redo: () => void;
}

const isField = (target: EventTarget) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const isControl = (target: EventTarget) => target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);

export function useEditorKeys(actions: EditorKeyActions, root: () => HTMLElement | null) {
  const ref = useRef(actions);
  ref.current = actions;

  return useCallback((e: KeyboardEvent<HTMLElement>) => {
    const a = ref.current;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (isField(e.target)) {
      if (e.key === 'Escape') {
        (e.target as HTMLElement).blur();
        root()?.focus();
      }
      return;
    }
    if (mod && !e.altKey && key === 'z') return done(e, e.shiftKey ? a.redo : a.undo);
    if (mod && !e.altKey && key === 'y') return done(e, a.redo);
    if (mod || e.altKey) return;
    // A focused button keeps Space and Enter for itself.
    if ((e.key === ' ' || e.key === 'Enter') && isControl(e.target)) return;
    const fine = e.shiftKey;
    switch (true) {
      case e.key === ' ': return done(e, a.playPause);
      case key === 'm' || e.key === 'Enter': return done(e, a.addChapter);
      case e.key === 'Delete' || e.key === 'Backspace': return done(e, a.deleteSelected);
      case e.key === 'ArrowLeft': return done(e, () => a.seekBy(fine ? -1 : -5));
      case e.key === 'ArrowRight': return done(e, () => a.seekBy(fine ? 1 : 5));
      case e.key === 'Home': return done(e, () => a.seekTo('start'));
      case e.key === 'End': return done(e, () => a.seekTo('end'));
      // Shift+, and Shift+. type < and > on most layouts.
      case e.key === ',' || e.key === '<' || e.code === 'Comma': return done(e, () => a.nudge(fine || e.key === '<' ? -10 : -100));
      case e.key === '.' || e.key === '>' || e.code === 'Period': return done(e, () => a.nudge(fine || e.key === '>' ? 10 : 100));
      case e.key === '[': return done(e, () => a.stepChapter(-1));
      case e.key === ']': return done(e, () => a.stepChapter(1));
      case e.key === '+' || e.key === '=' || e.code === 'NumpadAdd': return done(e, () => a.zoom(1));
      case e.key === '-' || e.key === '_' || e.code === 'NumpadSubtract': return done(e, () => a.zoom(-1));
      case key === 'j' || key === 'k' || key === 'l': return done(e, () => a.shuttle(key as 'j' | 'k' | 'l'));
      default: return undefined;
    }
  }, [root]);
}

function done(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  e.stopPropagation();
  action();
}
