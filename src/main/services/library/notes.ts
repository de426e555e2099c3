// The notes repository: an episode's (or a snippet's) rows in order, each side's text and
// status, staleness kept by content hashes, and the translation memory fed by every translated
// or reviewed episode row. Every write is one transaction and marks the owner's notes changed.

import type { Database } from 'better-sqlite3';
import { invalid } from '../../../shared/api/errors.js';
import { noteKindSchema, noteLangSchema, noteRowsSchema, noteStatusSchema, noteTextSchema, type NoteRowInput } from '../../../shared/notes/schemas.js';
import { otherLang, statusAfterEdit } from '../../../shared/notes/side-state.js';
import type { NoteKind, NoteLang, NoteRow, NoteSide, NoteStatus, NoteTextRow } from '../../../shared/notes/types.js';
import { parseInput } from './library-errors.js';
import { createNotesProgress, type NotesProgressApi } from './notes-progress.js';
import { markedFrom, newRowColumns, sideColumns, sideOf, targetState, toNoteRow, upToDate, type NoteRowRecord } from './notes-rows.js';
import { createNotesStore, type RowOwner } from './notes-store.js';
import { createNotesStructure, type NotesStructureApi } from './notes-structure.js';
import type { SnippetsApi } from './snippets.js';
import type { Transact } from './transact.js';
import type { TmOrigin, TranslationMemoryApi } from './translation-memory.js';

export type { RowOwner };

export interface NotesApi extends NotesStructureApi, NotesProgressApi {
  rows(owner: RowOwner): NoteRow[];
  row(id: number): NoteRow;
  ownerOf(id: number): RowOwner;
  defaultSource(owner: RowOwner): NoteLang;
  /** Inserts `inputs` from position `at` (0 = first; the row count = at the end). */
  insert(owner: RowOwner, at: number, inputs: readonly NoteRowInput[], origin?: TmOrigin): NoteRow[];
  /** Makes the owner's rows exactly `inputs` (snippet references included in what goes). */
  replaceAll(owner: RowOwner, inputs: readonly NoteRowInput[], origin?: TmOrigin): NoteRow[];
  /** A side's new text; `minor` changes a source without making its translation stale. */
  updateSide(id: number, lang: NoteLang, text: string, options?: { minor?: boolean }): NoteTextRow;
  setStatus(id: number, lang: NoteLang, status: NoteStatus): NoteTextRow;
  update(id: number, patch: { kind?: NoteKind; source?: NoteLang }): NoteTextRow;
  /** A translation from elsewhere (XLIFF): text and status of `lang`, translated from `fromText`. */
  translate(id: number, lang: NoteLang, text: string, status: NoteStatus, fromText: string, origin: TmOrigin): 'updated' | 'unchanged';
}

export function createNotes(db: Database, transact: Transact, tm: TranslationMemoryApi, snippets: SnippetsApi): NotesApi {
  const store = createNotesStore(db);

  /** A text row or a validation error naming `rowId` (a snippet reference has no text of its own). */
  function textRow(id: number): NoteRowRecord {
    const row = store.get(id);
    if (row.kind === 'snippet') {
      throw invalid('rowId', 'this row shows a snippet: edit the snippet, or detach it first',
        'cette ligne affiche un extrait : modifiez l’extrait, ou détachez-le d’abord');
    }
    return row;
  }

  /** Feeds the memory with an episode row whose target is translated or reviewed and current. */
  function feed(row: NoteRowRecord, origin: TmOrigin): void {
    const { state } = targetState(row);
    if (row.episode_id === null || (state !== 'translated' && state !== 'reviewed')) return;
    tm.record({ sourceLang: row.source_lang, fr: row.fr_text, en: row.en_text, origin, episodeId: row.episode_id, rowId: row.id });
  }

  function written(id: number, origin: TmOrigin | null): NoteTextRow {
    const row = store.get(id);
    store.touch(store.ownerOf(row));
    if (origin) feed(row, origin);
    return toNoteRow(row) as NoteTextRow;
  }

  function insertAt(owner: RowOwner, at: number, inputs: readonly NoteRowInput[], origin: TmOrigin): NoteRow[] {
    const valid = parseInput(noteRowsSchema, inputs, 'rows');
    store.requireOwner(owner);
    const count = store.list(owner).length;
    if (!Number.isInteger(at) || at < 0 || at > count) {
      throw invalid('at', `position ${at} is outside 0–${count}`, `la position ${at} est hors de 0–${count}`);
    }
    const source = store.defaultSource(owner);
    const ids = valid.map((input, k) => store.insert(owner, at + k, newRowColumns(input, source)));
    store.touch(owner);
    return ids.map((id) => {
      const row = store.get(id);
      feed(row, origin);
      return toNoteRow(row);
    });
  }

  const structure = createNotesStructure(store, transact, snippets, textRow);
  const progress = createNotesProgress(db);

  return {
    ...structure,
    ...progress,
    rows: (owner) => {
      store.requireOwner(owner);
      return store.list(owner).map(toNoteRow);
    },
    row: (id) => toNoteRow(store.get(id)),
    ownerOf: (id) => store.ownerOf(store.get(id)),
    defaultSource: (owner) => store.defaultSource(owner),

    insert: (owner, at, inputs, origin = 'notes') => transact(() => insertAt(owner, at, inputs, origin)),

    replaceAll: (owner, inputs, origin = 'notes') => transact(() => {
      parseInput(noteRowsSchema, inputs, 'rows');
      store.requireOwner(owner);
      for (const row of store.list(owner)) store.remove(row.id);
      return insertAt(owner, 0, inputs, origin);
    }),

    updateSide(id, lang, text, options = {}) {
      const valid = parseInput(noteTextSchema, text, 'text');
      const language = parseInput(noteLangSchema, lang, 'lang');
      return transact(() => {
        const row = textRow(id);
        const side = sideOf(row, language);
        if (side.text === valid) return toNoteRow(row) as NoteTextRow;
        const status = options.minor ? side.status : statusAfterEdit(side.status, side.text, valid);
        const columns = sideColumns(language, { ...side, text: valid, status });
        if (options.minor && language === row.source_lang) {
          // A typo fixed in the source: a translation that was current stays current.
          const target = sideOf(row, otherLang(language));
          if (upToDate(target, side.text)) Object.assign(columns, sideColumns(otherLang(language), markedFrom(target, target.status, valid)));
        }
        store.write(id, columns);
        return written(id, null);
      });
    },

    setStatus(id, lang, status) {
      const language = parseInput(noteLangSchema, lang, 'lang');
      const valid = parseInput(noteStatusSchema, status, 'status');
      return transact(() => {
        const row = textRow(id);
        const side = sideOf(row, language);
        const done = valid === 'translated' || valid === 'reviewed';
        if (done && side.text.trim() === '') {
          throw invalid('status', `the ${language === 'fr' ? 'French' : 'English'} side is empty: nothing to mark ${valid}`,
            `le côté ${language === 'fr' ? 'français' : 'anglais'} est vide : rien à marquer`);
        }
        const next: NoteSide = done && language !== row.source_lang
          ? markedFrom(side, valid, sideOf(row, row.source_lang).text)
          : { ...side, status: valid };
        store.write(id, sideColumns(language, next));
        return written(id, 'notes');
      });
    },

    update(id, patch) {
      const kind = patch.kind === undefined ? undefined : parseInput(noteKindSchema, patch.kind, 'kind');
      const source = patch.source === undefined ? undefined : parseInput(noteLangSchema, patch.source, 'source');
      return transact(() => {
        const row = textRow(id);
        store.write(id, { kind: kind ?? row.kind, source_lang: source ?? row.source_lang });
        return written(id, null);
      });
    },

    translate(id, lang, text, status, fromText, origin) {
      return transact(() => {
        const row = textRow(id);
        const side = sideOf(row, lang);
        const done = status === 'translated' || status === 'reviewed';
        const next: NoteSide = done ? markedFrom({ ...side, text }, status, fromText) : { ...side, text, status };
        if (next.text === side.text && next.status === side.status && next.fromHash === side.fromHash) return 'unchanged';
        store.write(id, sideColumns(lang, next));
        written(id, origin);
        return 'updated';
      });
    },
  };
}
