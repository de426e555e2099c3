// The note_rows table as rows and back: the SELECT, a stored row → NoteRow (state, needs work
// and the source's word diff worked out from content hashes), and a side → its columns.

import { contentHash } from '../../../shared/notes/content-hash.js';
import { needsWork, otherLang, sideState, sourceDiffSince } from '../../../shared/notes/side-state.js';
import type { NoteRowValues } from '../../../shared/notes/schemas.js';
import type { NoteKind, NoteLang, NoteRow, NoteSide, NoteStatus } from '../../../shared/notes/types.js';
import type { SqlRecord } from './sql.js';

export interface NoteRowRecord {
  id: number;
  episode_id: number | null;
  snippet_id: number | null;
  position: number;
  kind: NoteKind | 'snippet';
  ref_snippet_id: number | null;
  source_lang: NoteLang;
  fr_text: string;
  en_text: string;
  fr_status: NoteStatus;
  en_status: NoteStatus;
  fr_from_hash: string | null;
  fr_from_text: string | null;
  en_from_hash: string | null;
  en_from_text: string | null;
  updated_at: string;
}

export const NOTE_ROW_SELECT = `SELECT id, episode_id, snippet_id, position, kind, ref_snippet_id, source_lang, fr_text, en_text,
  fr_status, en_status, fr_from_hash, fr_from_text, en_from_hash, en_from_text, updated_at FROM note_rows`;

export function sideOf(row: NoteRowRecord, lang: NoteLang): NoteSide {
  return lang === 'fr'
    ? { text: row.fr_text, status: row.fr_status, fromHash: row.fr_from_hash, fromText: row.fr_from_text }
    : { text: row.en_text, status: row.en_status, fromHash: row.en_from_hash, fromText: row.en_from_text };
}

export function sideColumns(lang: NoteLang, side: NoteSide): SqlRecord {
  return {
    [`${lang}_text`]: side.text,
    [`${lang}_status`]: side.status,
    [`${lang}_from_hash`]: side.fromHash,
    [`${lang}_from_text`]: side.fromText,
  };
}

/** The row's target side, seen against its source. */
export function targetState(row: NoteRowRecord) {
  const source = sideOf(row, row.source_lang);
  const target = sideOf(row, otherLang(row.source_lang));
  const state = sideState(target, source);
  const empty = source.text.trim() === '' && target.text.trim() === '';
  return { source, target, state, empty, needsWork: !empty && needsWork(state) };
}

export function toNoteRow(row: NoteRowRecord): NoteRow {
  if (row.kind === 'snippet') {
    return {
      type: 'snippet', id: row.id, episodeId: row.episode_id as number, snippetId: row.ref_snippet_id as number,
      position: row.position, updatedAt: row.updated_at,
    };
  }
  const { source, target, state, needsWork } = targetState(row);
  return {
    type: 'text',
    id: row.id,
    episodeId: row.episode_id,
    snippetId: row.snippet_id,
    position: row.position,
    kind: row.kind,
    source: row.source_lang,
    fr: sideOf(row, 'fr'),
    en: sideOf(row, 'en'),
    state,
    needsWork,
    sourceDiff: state === 'needs_update' ? sourceDiffSince(target, source) : null,
    updatedAt: row.updated_at,
  };
}

/** The side marked translated from `sourceText` as it is now. */
export function markedFrom(side: NoteSide, status: NoteStatus, sourceText: string): NoteSide {
  return { ...side, status, fromHash: contentHash(sourceText), fromText: sourceText };
}

/**
 * The columns of a new row. The source is the given one, else the only side with text, else the
 * owner's default. A side with text is `translated` unless told otherwise; a translated target
 * records the source it was translated from.
 */
export function newRowColumns(input: NoteRowValues, defaultSource: NoteLang): SqlRecord {
  const text = { fr: input.fr, en: input.en };
  const filled = (['fr', 'en'] as const).filter((lang) => text[lang].trim() !== '');
  const source: NoteLang = input.source ?? (filled.length === 1 ? (filled[0] as NoteLang) : defaultSource);
  const columns: SqlRecord = { kind: input.kind, source_lang: source };
  for (const lang of ['fr', 'en'] as const) {
    const status = filled.includes(lang) ? (input.status?.[lang] ?? 'translated') : 'untranslated';
    const side: NoteSide = { text: text[lang], status, fromHash: null, fromText: null };
    const translated = lang !== source && (status === 'translated' || status === 'reviewed');
    Object.assign(columns, sideColumns(lang, translated ? markedFrom(side, status, text[source]) : side));
  }
  return columns;
}

/** True when `target` was translated from exactly `sourceText` (a minor edit carries it along). */
export const upToDate = (target: NoteSide, sourceText: string): boolean =>
  target.fromHash !== null && target.fromHash === contentHash(sourceText);
