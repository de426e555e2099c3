// Undo/redo of the Notes editor as a stack of edits, each undone by the contract's inverse call
// (updateSide with the earlier text, mergeRows for a split, insertRow for a delete…). Nothing
// replaces a whole doc in place: commitAlignment would give every row a new id and forget
// snippet references and what each translation was made from.
// Rows an undo re-creates get new ids (and SQLite may hand a deleted row's id to a new one), so
// entries hold shared references: one `Ref` per row as the user knows it, re-pointed when the
// row comes back under another id, released when it goes.
import type { NoteLang, NoteStatus } from '../../shared/notes/types';
import type { RowSnapshot } from './notes-restore';

export interface Ref {
  id: number;
}

export type NotesEdit =
  /** Typing into one side; consecutive keystrokes there coalesce into one entry. */
  | { type: 'text'; row: Ref; lang: NoteLang; before: string; after: string; minor: boolean; statusBefore: NoteStatus }
  /** Status, kind or source changed: the row before and after. */
  | { type: 'content'; row: Ref; before: RowSnapshot; after: RowSnapshot }
  | { type: 'split'; row: Ref; added: Ref; at: { fr: number; en: number }; before: RowSnapshot }
  | { type: 'merge'; row: Ref; other: Ref; first: RowSnapshot; second: RowSnapshot }
  | { type: 'move'; row: Ref; from: number; to: number }
  | { type: 'insert'; row: Ref; at: number }
  | { type: 'delete'; row: Ref; at: number; snap: RowSnapshot }
  /** A snippet shown (`shown`: the edit added the reference) or removed from the episode. */
  | { type: 'snippetRef'; row: Ref; snippet: Ref; at: number; shown: boolean }
  | { type: 'detach'; row: Ref; snippet: Ref; at: number; copies: Ref[] }
  | { type: 'makeSnippet'; rows: Ref[]; name: string; ref: Ref; snippet: Ref };

export type TextEdit = Extract<NotesEdit, { type: 'text' }>;

const LIMIT = 300;

export class NotesHistory {
  private past: NotesEdit[] = [];
  private future: NotesEdit[] = [];
  /** The last entry still takes keystrokes of its side until something else happens. */
  private open = false;
  private readonly rowRefs = new Map<number, Ref>();
  private readonly snippetRefs = new Map<number, Ref>();

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The reference every entry about row `id` shares. */
  row(id: number): Ref {
    return refFor(this.rowRefs, id);
  }

  snippet(id: number): Ref {
    return refFor(this.snippetRefs, id);
  }

  /** The row (or snippet) came back under another id. */
  rebind(ref: Ref, id: number, kind: 'row' | 'snippet' = 'row'): void {
    const map = kind === 'row' ? this.rowRefs : this.snippetRefs;
    if (map.get(ref.id) === ref) map.delete(ref.id);
    ref.id = id;
    map.set(id, ref);
  }

  /** The row (or snippet) is gone: a new one that gets its id is another row. */
  release(id: number, kind: 'row' | 'snippet' = 'row'): void {
    (kind === 'row' ? this.rowRefs : this.snippetRefs).delete(id);
  }

  push(edit: NotesEdit): void {
    this.past = [...this.past, edit].slice(-LIMIT);
    this.future = [];
    this.open = edit.type === 'text';
  }

  /** Typing: extends the open entry of the same side, else starts one. */
  typed(edit: TextEdit): void {
    const last = this.past.at(-1);
    if (this.open && last?.type === 'text' && last.row === edit.row && last.lang === edit.lang) {
      last.after = edit.after;
      last.minor ||= edit.minor;
      this.future = [];
      return;
    }
    this.push(edit);
  }

  /** The next keystroke starts a new entry (focus moved, a row action ran). */
  seal(): void {
    this.open = false;
  }

  takeUndo(): NotesEdit | null {
    const edit = this.past.pop() ?? null;
    if (edit) this.future = [edit, ...this.future];
    this.open = false;
    return edit;
  }

  takeRedo(): NotesEdit | null {
    const [edit, ...rest] = this.future;
    if (!edit) return null;
    this.future = rest;
    this.past = [...this.past, edit];
    this.open = false;
    return edit;
  }

  /** An undo or redo that failed half-way: its entry is dropped rather than replayed on a row it no longer matches. */
  forget(edit: NotesEdit): void {
    this.past = this.past.filter((e) => e !== edit);
    this.future = this.future.filter((e) => e !== edit);
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.open = false;
    this.rowRefs.clear();
    this.snippetRefs.clear();
  }
}

function refFor(map: Map<number, Ref>, id: number): Ref {
  let ref = map.get(id);
  if (!ref) {
    ref = { id };
    map.set(id, ref);
  }
  return ref;
}
