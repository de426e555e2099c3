// Bringing a row back to what it was (undo, redo): the contract has no "write this row whole"
// call, so the row is walked there one call at a time, each chosen from the row the library
// last answered. Staleness is content (a hash of the source the translation was made from), so
// a row that needed an update gets it back by marking it against its old source, then putting
// the current source back.
import type { NoteRowInput } from '../../shared/notes/schemas';
import { otherLang } from '../../shared/notes/side-state';
import type { NoteKind, NoteLang, NoteSide, NoteSideState, NoteStatus, NoteTextRow } from '../../shared/notes/types';

/** What undo needs to know of a text row: its content, not its id or position. */
export interface RowSnapshot {
  kind: NoteKind;
  source: NoteLang;
  fr: NoteSide;
  en: NoteSide;
  state: NoteSideState;
}

export type RestoreCall =
  | { call: 'notes.updateRow'; kind: NoteKind; source: NoteLang }
  | { call: 'notes.updateSide'; lang: NoteLang; text: string }
  | { call: 'notes.setStatus'; lang: NoteLang; status: NoteStatus };

export const snapshotOf = (row: NoteTextRow): RowSnapshot =>
  ({ kind: row.kind, source: row.source, fr: row.fr, en: row.en, state: row.state });

/** The row to insert so that it starts as close to `snap` as an insert can (statuses; staleness is restored after). */
export function inputOf(snap: RowSnapshot): NoteRowInput {
  return { kind: snap.kind, source: snap.source, fr: snap.fr.text, en: snap.en.text, status: { fr: snap.fr.status, en: snap.en.status } };
}

const done = (status: NoteStatus) => status === 'translated' || status === 'reviewed';
/** The library refuses to mark an empty side translated or reviewed. */
const markable = (side: NoteSide) => !(done(side.status) && side.text.trim() === '');

/** The one call that brings `row` a step closer to `snap`, or null when it is there. */
export function nextRestoreCall(row: NoteTextRow, snap: RowSnapshot): RestoreCall | null {
  if (row.kind !== snap.kind || row.source !== snap.source) return { call: 'notes.updateRow', kind: snap.kind, source: snap.source };
  const source = snap.source;
  const target = otherLang(source);
  if (row[target].text !== snap[target].text) return { call: 'notes.updateSide', lang: target, text: snap[target].text };

  const oldSource = snap[target].fromText;
  if (snap.state === 'needs_update' && oldSource !== null && done(snap[target].status)) {
    const markedFromOld = row[target].fromText === oldSource && row[target].status === snap[target].status;
    if (!markedFromOld) {
      if (row[source].text !== oldSource) return { call: 'notes.updateSide', lang: source, text: oldSource };
      return { call: 'notes.setStatus', lang: target, status: snap[target].status };
    }
    if (row[source].text !== snap[source].text) return { call: 'notes.updateSide', lang: source, text: snap[source].text };
  } else {
    if (row[source].text !== snap[source].text) return { call: 'notes.updateSide', lang: source, text: snap[source].text };
    const stateWrong = row.state !== snap.state && snap[target].text.trim() !== '';
    if ((row[target].status !== snap[target].status || stateWrong) && markable(snap[target])) {
      return { call: 'notes.setStatus', lang: target, status: snap[target].status };
    }
  }
  // The source's own status rarely matters, but an undo puts it back too.
  if (row[source].status !== snap[source].status && markable(snap[source])) return { call: 'notes.setStatus', lang: source, status: snap[source].status };
  return null;
}
