// The alignment proposal being reshaped, with undo/redo: every edit is a pure function of the
// current draft (lib/align-edits.ts), so quick successive edits never start from a stale one.
import { useCallback, useMemo, useReducer } from 'react';
import type { AlignmentProposal } from '../../shared/notes/types';
import { draftFromProposal, type AlignDraft } from '../lib/align-edits';

interface State {
  past: AlignDraft[];
  present: AlignDraft | null;
  future: AlignDraft[];
}

type Action =
  | { type: 'load'; proposal: AlignmentProposal }
  | { type: 'edit'; edit: (draft: AlignDraft) => AlignDraft }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'clear' };

const LIMIT = 200;
const EMPTY: State = { past: [], present: null, future: [] };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'load':
      return { past: [], present: draftFromProposal(action.proposal), future: [] };
    case 'edit': {
      if (!state.present) return state;
      const next = action.edit(state.present);
      // Edits that change nothing (merging the last row…) answer the same draft: no empty undo step.
      if (next === state.present) return state;
      return { past: [...state.past, state.present].slice(-LIMIT), present: next, future: [] };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous || !state.present) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next || !state.present) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
    case 'clear':
      return EMPTY;
    default: {
      const never: never = action;
      return never;
    }
  }
}

export function useAlignDraft() {
  const [state, dispatch] = useReducer(reducer, EMPTY);
  const load = useCallback((proposal: AlignmentProposal) => dispatch({ type: 'load', proposal }), []);
  const edit = useCallback((fn: (draft: AlignDraft) => AlignDraft) => dispatch({ type: 'edit', edit: fn }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const clear = useCallback(() => dispatch({ type: 'clear' }), []);
  return useMemo(() => ({
    draft: state.present,
    /** The producer changed something since the proposal came (undoing back to it counts as unchanged). */
    edited: state.past.length > 0,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    load, edit, undo, redo, clear,
  }), [state, load, edit, undo, redo, clear]);
}
