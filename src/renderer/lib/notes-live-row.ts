// A row as it will be once the text still being typed is saved: the same rules the library
// applies (shared side-state.ts), so the status pill and the source's word diff move with
// each keystroke instead of waiting for the autosave.
import { contentHash } from '../../shared/notes/content-hash';
import { needsWork, otherLang, sideState, sourceDiffSince, statusAfterEdit } from '../../shared/notes/side-state';
import type { NoteLang, NoteSide, NoteTextRow } from '../../shared/notes/types';

/** Text typed into one side and not saved yet; `minor`: a typo fix of the source. */
export interface SideEdit {
  text: string;
  minor: boolean;
}

export type RowEdits = Partial<Record<NoteLang, SideEdit>>;

function edited(side: NoteSide, edit: SideEdit | undefined): NoteSide {
  if (!edit || edit.text === side.text) return side;
  return { ...side, text: edit.text, status: edit.minor ? side.status : statusAfterEdit(side.status, side.text, edit.text) };
}

export function liveRow(row: NoteTextRow, edits: RowEdits | undefined): NoteTextRow {
  if (!edits || (!edits.fr && !edits.en)) return row;
  const sourceLang = row.source;
  const targetLang = otherLang(sourceLang);
  const source = edited(row[sourceLang], edits[sourceLang]);
  let target = edited(row[targetLang], edits[targetLang]);
  const sourceEdit = edits[sourceLang];
  // A minor fix carries a current translation along, exactly as the library does.
  if (sourceEdit?.minor && source.text !== row[sourceLang].text && target.fromHash === contentHash(row[sourceLang].text)) {
    target = { ...target, fromHash: contentHash(source.text), fromText: source.text };
  }
  const state = sideState(target, source);
  const empty = source.text.trim() === '' && target.text.trim() === '';
  return {
    ...row,
    [sourceLang]: source,
    [targetLang]: target,
    state,
    needsWork: !empty && needsWork(state),
    sourceDiff: state === 'needs_update' ? sourceDiffSince(target, source) : null,
  } as NoteTextRow;
}

/** The side to translate into: the one that is not the row's source. */
export const targetOf = (row: Pick<NoteTextRow, 'source'>): NoteLang => otherLang(row.source);
