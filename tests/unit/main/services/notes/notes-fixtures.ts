// Shared set-up of the notes service tests: a library with the Raccords show, episodes 4 and 5,
// and the sample notes aligned into episode 5 (the proposal accepted as it comes).

import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { alignNotes } from '../../../../../src/main/services/notes/align.js';
import { commitAlignment } from '../../../../../src/main/services/notes/notes-calls.js';
import type { NoteTextRow, NotesDoc } from '../../../../../src/shared/notes/types.js';
import { makeShow } from '../library/temp-library.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
export const SAMPLE_TEXT = fs.readFileSync(path.resolve(repoRoot, '..', 'shared', 'samples', 'raccords-ep05-show-notes.txt'), 'utf8');

export function raccords(library: Library) {
  const show = makeShow(library, { languages: { fr: 'fr-CA', en: 'en-CA' } });
  const ep4 = library.episodes.create({ showId: show.id, number: 4, spoken: 'fr', title: { fr: 'La ville', en: '' } });
  const ep5 = library.episodes.create({ showId: show.id, number: 5, spoken: 'fr', title: { fr: 'Reconnaître la capacité', en: '' } });
  const doc = commitAlignment(library, { episodeId: ep5.id, rows: alignNotes({ text: SAMPLE_TEXT }).rows, mode: 'replace' });
  return { show, ep4, ep5, doc };
}

export const textRows = (doc: NotesDoc): NoteTextRow[] => doc.rows.filter((r): r is NoteTextRow => r.type === 'text');
