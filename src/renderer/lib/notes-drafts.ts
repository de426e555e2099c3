// Unsaved side texts mirrored to localStorage (one entry per episode), so a reload or a crash
// inside the autosave's debounce loses nothing: on load, a draft newer than the row the library
// holds is put back and saved; older ones (the row changed since, elsewhere) are dropped.
import type { NoteLang, NoteTextRow } from '../../shared/notes/types';

interface StoredDraft {
  text: string;
  /** When it was typed (ISO-8601), to compare with the row's updatedAt. */
  at: string;
}

export type DraftStore = Record<string, StoredDraft>;

export interface Draft {
  rowId: number;
  lang: NoteLang;
  text: string;
}

export const sideKey = (rowId: number, lang: NoteLang): string => `${rowId}:${lang}`;

export function parseSideKey(key: string): { rowId: number; lang: NoteLang } | null {
  const match = /^(\d+):(fr|en)$/.exec(key);
  return match ? { rowId: Number(match[1]), lang: match[2] as NoteLang } : null;
}

export const draftStorageKey = (episodeId: number): string => `balado.notes-draft.${episodeId}`;

/** The drafts to put back: their row still exists, they were typed after its last save, and they differ from it. */
export function draftsToRestore(store: DraftStore, rows: readonly NoteTextRow[]): Draft[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return Object.entries(store).flatMap(([key, draft]): Draft[] => {
    const side = parseSideKey(key);
    const row = side && byId.get(side.rowId);
    if (!side || !row || typeof draft?.text !== 'string') return [];
    const typed = Date.parse(draft.at);
    if (!Number.isFinite(typed) || typed <= Date.parse(row.updatedAt) || draft.text === row[side.lang].text) return [];
    return [{ ...side, text: draft.text }];
  });
}
