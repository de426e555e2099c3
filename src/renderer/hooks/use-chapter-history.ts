// Undo/redo over whole chapter lists. Typing in one field of one chapter coalesces into a single
// step (so Ctrl+Z undoes a title, not a letter); a drag is committed once, when it ends.
import { useCallback, useMemo, useReducer } from 'react';
import type { EditorChapter } from '../lib/chapter-edits';

type List = EditorChapter[];

interface State {
  past: List[];
  present: List;
  future: List[];
  /** What the last commit edited and when, so the next keystroke in it can merge. */
  last: { coalesce: string; at: number } | null;
}

type Action =
  | { type: 'commit'; edit: List | ((list: List) => List); coalesce?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; list: List };

const LIMIT = 200;
const MERGE_MS = 1500;

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'commit': {
      const { edit, coalesce, at } = action;
      const list = typeof edit === 'function' ? edit(state.present) : edit;
      if (list === state.present) return state;
      const merge = coalesce !== undefined && state.last?.coalesce === coalesce && at - state.last.at < MERGE_MS;
      return {
        past: merge ? state.past : [...state.past, state.present].slice(-LIMIT),
        present: list,
        future: [],
        last: coalesce === undefined ? null : { coalesce, at },
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], last: null };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, last: null };
    }
    case 'reset':
      return { past: [], present: action.list, future: [], last: null };
    default: {
      const never: never = action;
      return never;
    }
  }
}

export function useChapterHistory() {
  const [state, dispatch] = useReducer(reducer, { past: [], present: [], future: [], last: null });
  /** Edits are functions of the current list, so quick successive edits never start from a stale one. */
  const commit = useCallback((edit: List | ((list: List) => List), coalesce?: string) =>
    dispatch({ type: 'commit', edit, coalesce, at: Date.now() }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback((list: List) => dispatch({ type: 'reset', list }), []);
  return useMemo(() => ({
    chapters: state.present,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    commit, undo, redo, reset,
  }), [state, commit, undo, redo, reset]);
}
