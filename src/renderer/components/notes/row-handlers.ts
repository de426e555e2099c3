// What a row can ask the Notes tab to do. The tab hands rows one object whose methods never
// change identity (they call through a ref), so memoized rows re-render only when their own
// data does.
import type { NoteKind, NoteLang, TmMatch } from '../../../shared/notes/types';
import type { NotesCommand } from '../../lib/notes-keys';

export interface RowHandlers {
  type: (rowId: number, lang: NoteLang, text: string) => void;
  leave: (rowId: number, lang: NoteLang) => void;
  mark: (rowId: number, status: 'translated' | 'reviewed') => void;
  setKind: (rowId: number, kind: NoteKind) => void;
  swapSource: (rowId: number) => void;
  split: (rowId: number) => void;
  merge: (rowId: number) => void;
  move: (rowId: number, delta: -1 | 1) => void;
  insertBelow: (rowId: number) => void;
  remove: (rowId: number) => void;
  select: (rowId: number, extend: boolean) => void;
  makeSnippet: (rowId: number) => void;
  toggleMinor: (rowId: number) => void;
  applyMatch: (rowId: number, match: TmMatch) => void;
  focusSide: (rowId: number, lang: NoteLang) => void;
  editSnippet: (refRowId: number) => void;
  detach: (refRowId: number) => void;
  originOf: (match: TmMatch) => string;
  chord: (command: NotesCommand) => string;
}
