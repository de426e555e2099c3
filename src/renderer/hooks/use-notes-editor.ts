// The Notes editor's model for one episode: the doc and its write queue, the autosave, the undo
// history and the row actions, wired together. A doc handed in from elsewhere (paste and align,
// XLIFF) replaces the rows wholesale, so it starts a new history: the old entries name rows
// and texts that may no longer exist.
import { useCallback, useMemo, useState } from 'react';
import type { NotesDoc } from '../../shared/notes/types';
import { NotesHistory } from '../lib/notes-history';
import { useNotesActions } from './use-notes-actions';
import { useNotesAutosave } from './use-notes-autosave';
import { useNotesDoc } from './use-notes-doc';
import { useNotesUndo, type FocusRequest } from './use-notes-undo';

export function useNotesEditor(episodeId: number, onError: (e: unknown) => void) {
  const model = useNotesDoc(episodeId, onError);
  const autosave = useNotesAutosave(episodeId, model, onError);
  const history = useMemo(() => new NotesHistory(), []);
  const engine = useMemo(() => ({ episodeId, model, autosave, history }), [episodeId, model, autosave, history]);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const undo = useNotesUndo(engine, setFocus, onError);
  const actions = useNotesActions(engine, setFocus, onError, undo.sync);
  const { apply } = model;
  const { forgetMissing } = autosave;
  const { sync } = undo;

  const adoptDoc = useCallback((doc: NotesDoc) => {
    apply(doc);
    forgetMissing(doc);
    history.clear();
    sync();
  }, [apply, forgetMissing, history, sync]);

  return { doc: model.doc, autosave, undo, actions, history, focus, setFocus, adoptDoc };
}
