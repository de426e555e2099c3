// Changing the shape of the notes: split a row, merge rows, move and delete one, show a snippet
// by reference and detach it into plain rows. Statuses and "translated from" travel with the
// text, so a split or a merge keeps a current translation current and a stale one stale.

import { invalid } from '../../../shared/api/errors.js';
import { contentHash } from '../../../shared/notes/content-hash.js';
import { lowerStatus, otherLang, statusAfterEdit } from '../../../shared/notes/side-state.js';
import type { NoteLang, NoteRow, NoteSide, NoteSnippetRow, NoteTextRow } from '../../../shared/notes/types.js';
import { markedFrom, sideColumns, sideOf, toNoteRow, upToDate, type NoteRowRecord } from './notes-rows.js';
import type { NotesStore, RowOwner } from './notes-store.js';
import type { SnippetsApi } from './snippets.js';
import type { SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

export interface NotesStructureApi {
  /** Splits each side at a character offset; the second parts become a new row just below. */
  split(id: number, at: { fr: number; en: number }): NoteTextRow[];
  /** Merges rows that follow each other into the first one (texts joined by a space). */
  merge(ids: readonly number[]): NoteTextRow;
  move(id: number, to: number): NoteRow[];
  remove(id: number): void;
  insertSnippet(episodeId: number, snippetId: number, at: number): NoteSnippetRow;
  /** Replaces a snippet reference by copies of the snippet's rows, statuses included. */
  detach(id: number): NoteTextRow[];
  /** Moves rows that follow each other out of an episode into a snippet of its show, shown in their place. */
  adopt(ids: readonly number[], snippetId: number): NoteSnippetRow;
}

const LANGS: readonly NoteLang[] = ['fr', 'en'];

function copyColumns(row: NoteRowRecord): SqlRecord {
  return { kind: row.kind, source_lang: row.source_lang, ...sideColumns('fr', sideOf(row, 'fr')), ...sideColumns('en', sideOf(row, 'en')) };
}

export function createNotesStructure(
  store: NotesStore,
  transact: Transact,
  snippets: SnippetsApi,
  textRow: (id: number) => NoteRowRecord,
): NotesStructureApi {
  /** Text rows of one owner that follow each other, in order; a validation error otherwise. */
  function consecutive(ids: readonly number[]): NoteRowRecord[] {
    if (ids.length === 0 || new Set(ids).size !== ids.length) throw invalid('rowIds', 'name different rows', 'nommez des lignes différentes');
    const rows = ids.map(textRow).sort((a, b) => a.position - b.position);
    const first = rows[0] as NoteRowRecord;
    const sameOwner = rows.every((r) => r.episode_id === first.episode_id && r.snippet_id === first.snippet_id);
    if (!sameOwner || rows.some((r, k) => r.position !== first.position + k)) {
      throw invalid('rowIds', 'only rows that follow each other can go together', 'seules des lignes qui se suivent peuvent aller ensemble');
    }
    return rows;
  }

  function changed(owner: RowOwner): void {
    store.renumber(owner);
    store.touch(owner);
  }

  return {
    split(id, at) {
      return transact(() => {
        const row = textRow(id);
        const owner = store.ownerOf(row);
        const parts = { fr: ['', ''], en: ['', ''] } as Record<NoteLang, [string, string]>;
        for (const lang of LANGS) {
          const text = sideOf(row, lang).text;
          const offset = at[lang];
          if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
            throw invalid(`at.${lang}`, `offset ${offset} is outside 0–${text.length}`, `la position ${offset} est hors de 0–${text.length}`);
          }
          parts[lang] = [text.slice(0, offset).trimEnd(), text.slice(offset).trimStart()];
        }
        if (parts.fr[1] === '' && parts.en[1] === '') {
          throw invalid('at', 'nothing comes after the split point on either side', 'rien ne suit le point de coupure, d’un côté comme de l’autre');
        }
        const source = row.source_lang;
        const target = sideOf(row, otherLang(source));
        const current = upToDate(target, sideOf(row, source).text);
        const piece = (k: 0 | 1): SqlRecord => {
          const columns: SqlRecord = {};
          for (const lang of LANGS) {
            const side = sideOf(row, lang);
            let next: NoteSide = { ...side, text: parts[lang][k], status: statusAfterEdit(side.status, side.text, parts[lang][k]) };
            // Keep a current translation current: each half was translated from its own half.
            if (lang !== source && current) next = markedFrom(next, next.status, parts[source][k]);
            Object.assign(columns, sideColumns(lang, next));
          }
          return columns;
        };
        store.write(id, piece(0));
        const second = store.insert(owner, row.position + 1, { kind: row.kind, source_lang: source, ...piece(1) });
        changed(owner);
        return [toNoteRow(store.get(id)) as NoteTextRow, toNoteRow(store.get(second)) as NoteTextRow];
      });
    },

    merge(ids) {
      return transact(() => {
        if (ids.length < 2) throw invalid('rowIds', 'name at least two different rows', 'nommez au moins deux lignes différentes');
        const rows = consecutive(ids);
        const first = rows[0] as NoteRowRecord;
        const owner = store.ownerOf(first);
        const source = first.source_lang;
        const join = (texts: string[]) => texts.map((t) => t.trim()).filter(Boolean).join(' ');
        const columns: SqlRecord = {};
        const merged = Object.fromEntries(LANGS.map((lang) => [lang, join(rows.map((r) => sideOf(r, lang).text))])) as Record<NoteLang, string>;
        for (const lang of LANGS) {
          const sides = rows.map((r) => sideOf(r, lang));
          const filled = sides.filter((s) => s.text.trim() !== '');
          const lowest = filled.length === 0 ? 'untranslated' : filled.map((s) => s.status).reduce(lowerStatus);
          // Some rows translated, others not yet: the merged side is a draft at best.
          const partial = lang !== source && rows.some((r) => sideOf(r, lang).text.trim() === '' && sideOf(r, source).text.trim() !== '');
          const status = partial && filled.length > 0 ? lowerStatus(lowest, 'draft') : lowest;
          let next: NoteSide = { text: merged[lang], status, fromHash: null, fromText: null };
          if (lang !== source && filled.length > 0) {
            // Translated from what each row was translated from (a current row: its source now).
            const from = join(rows.map((r) => sideOf(r, lang).fromText ?? sideOf(r, source).text));
            const allCurrent = rows.every((r) => sideOf(r, lang).text.trim() === '' || upToDate(sideOf(r, lang), sideOf(r, source).text));
            next = allCurrent ? markedFrom(next, status, merged[source]) : { ...next, fromHash: contentHash(from), fromText: from };
          }
          Object.assign(columns, sideColumns(lang, next));
        }
        store.write(first.id, columns);
        for (const row of rows.slice(1)) store.remove(row.id);
        changed(owner);
        return toNoteRow(store.get(first.id)) as NoteTextRow;
      });
    },

    move(id, to) {
      return transact(() => {
        const row = store.get(id);
        const owner = store.ownerOf(row);
        const order = store.list(owner).map((r) => r.id).filter((other) => other !== id);
        if (!Number.isInteger(to) || to < 0 || to > order.length) {
          throw invalid('to', `position ${to} is outside 0–${order.length}`, `la position ${to} est hors de 0–${order.length}`);
        }
        order.splice(to, 0, id);
        store.renumber(owner, order);
        store.touch(owner);
        return store.list(owner).map(toNoteRow);
      });
    },

    remove(id) {
      transact(() => {
        const owner = store.ownerOf(store.get(id));
        store.remove(id);
        changed(owner);
      });
    },

    insertSnippet(episodeId, snippetId, at) {
      return transact(() => {
        const owner = { episodeId };
        store.requireOwner(owner);
        const snippet = snippets.get(snippetId);
        const showOf = store.showOf(episodeId);
        if (snippet.showId !== showOf) {
          throw invalid('snippetId', `snippet "${snippet.name}" belongs to another show`, `l’extrait « ${snippet.name} » appartient à une autre émission`);
        }
        const count = store.list(owner).length;
        if (!Number.isInteger(at) || at < 0 || at > count) throw invalid('at', `position ${at} is outside 0–${count}`, `la position ${at} est hors de 0–${count}`);
        const id = store.insert(owner, at, { kind: 'snippet', ref_snippet_id: snippetId });
        store.touch(owner);
        return toNoteRow(store.get(id)) as NoteSnippetRow;
      });
    },

    adopt(ids, snippetId) {
      return transact(() => {
        const rows = consecutive(ids);
        const first = rows[0] as NoteRowRecord;
        if (first.episode_id === null) throw invalid('rowIds', 'these rows already belong to a snippet', 'ces lignes appartiennent déjà à un extrait');
        const snippet = snippets.get(snippetId);
        if (snippet.showId !== store.showOf(first.episode_id)) {
          throw invalid('snippetId', `snippet "${snippet.name}" belongs to another show`, `l’extrait « ${snippet.name} » appartient à une autre émission`);
        }
        const owner = { episodeId: first.episode_id };
        const target = { snippetId };
        const start = store.list(target).length;
        rows.forEach((row, k) => store.write(row.id, { episode_id: null, snippet_id: snippetId, position: start + k }));
        const ref = store.insert(owner, first.position, { kind: 'snippet', ref_snippet_id: snippetId });
        changed(owner);
        store.touch(target);
        return toNoteRow(store.get(ref)) as NoteSnippetRow;
      });
    },

    detach(id) {
      return transact(() => {
        const ref = store.get(id);
        if (ref.kind !== 'snippet' || ref.ref_snippet_id === null) {
          throw invalid('rowId', 'this row does not show a snippet', 'cette ligne n’affiche pas d’extrait');
        }
        const owner = store.ownerOf(ref);
        const copies = store.list({ snippetId: ref.ref_snippet_id });
        store.remove(id);
        const ids = copies.map((row, k) => store.insert(owner, ref.position + k, copyColumns(row)));
        changed(owner);
        return ids.map((rowId) => toNoteRow(store.get(rowId)) as NoteTextRow);
      });
    },
  };
}
