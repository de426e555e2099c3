// Rows for the Notes editor's unit tests, with state, needsWork and sourceDiff worked out by the
// shared rules exactly as the library does (so a test cannot hand in a row the library would not).
import { contentHash } from '../../../src/shared/notes/content-hash.js';
import { needsWork, otherLang, sideState, sourceDiffSince } from '../../../src/shared/notes/side-state.js';
import type { NoteLang, NoteSide, NoteStatus, NoteTextRow } from '../../../src/shared/notes/types.js';

export function side(text: string, status: NoteStatus, from: string | null = null): NoteSide {
  return { text, status, fromHash: from === null ? null : contentHash(from), fromText: from };
}

export function textRow(id: number, fr: NoteSide, en: NoteSide, options: { source?: NoteLang; position?: number; updatedAt?: string } = {}): NoteTextRow {
  const source = options.source ?? 'fr';
  const sides = { fr, en };
  const target = sides[otherLang(source)];
  const state = sideState(target, sides[source]);
  const empty = fr.text.trim() === '' && en.text.trim() === '';
  return {
    type: 'text', id, episodeId: 1, snippetId: null, position: options.position ?? 0, kind: 'paragraph', source, fr, en,
    state, needsWork: !empty && needsWork(state), sourceDiff: state === 'needs_update' ? sourceDiffSince(target, sides[source]) : null,
    updatedAt: options.updatedAt ?? '2025-01-01T10:00:00.000Z',
  };
}
