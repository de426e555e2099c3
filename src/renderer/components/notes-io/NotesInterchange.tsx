// Actions that bring notes in and out of the editor: paste and align, XLIFF, TMX.
// Every action that changes the episode's notes hands the library's new NotesDoc to `onDoc`.
import type { Episode } from '../../../shared/domain/types';
import type { NotesDoc } from '../../../shared/notes/types';

export interface NotesInterchangeProps {
  episode: Episode;
  onDoc: (doc: NotesDoc) => void;
}

export function NotesInterchange(_props: NotesInterchangeProps) {
  return null;
}
