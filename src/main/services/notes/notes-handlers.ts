// The notes, snippets and translation-memory calls of the contract mapped onto the services;
// ../../host/handlers.ts spreads these in. Typed from the contract, so none can be missing.

import type { CallResult, ParsedArgs } from '../../../shared/api/contract.js';
import type { NOTES_CALL_NAMES } from '../../../shared/notes/call-names.js';
import type { Library } from '../library/library.js';
import { alignNotes } from './align.js';
import {
  commitAlignment, createSnippet, createSnippetFromRows, deleteRow, detachSnippet, getNotes, insertRow, insertSnippet,
  listSnippets, mergeRows, moveRow, setStatus, splitRow, updateRow, updateSide, updateSnippet,
} from './notes-calls.js';
import { snippetWithRows } from './notes-doc.js';
import { renderNotes } from './notes-output.js';
import { lookupMemory } from './tm-lookup.js';
import { exportTmx } from './tmx-export.js';
import { importTmx } from './tmx-import.js';
import { exportXliff } from './xliff-export.js';
import { importXliff } from './xliff-import.js';

type NotesCall = (typeof NOTES_CALL_NAMES)[number];
export type NotesHandlers = { [K in NotesCall]: (args: ParsedArgs<K>) => CallResult<K> };

export function notesHandlers(library: Library): NotesHandlers {
  return {
    'notes.get': (owner) => getNotes(library, owner),
    'notes.insertRow': (args) => insertRow(library, args),
    'notes.updateSide': (args) => updateSide(library, args),
    'notes.setStatus': (args) => setStatus(library, args),
    'notes.updateRow': (args) => updateRow(library, args),
    'notes.splitRow': (args) => splitRow(library, args),
    'notes.mergeRows': (args) => mergeRows(library, args),
    'notes.moveRow': (args) => moveRow(library, args),
    'notes.deleteRow': (args) => deleteRow(library, args),
    'notes.align': (args) => alignNotes(args),
    'notes.commitAlignment': (args) => commitAlignment(library, args),
    'notes.tmLookup': (args) => lookupMemory(library, args),
    'notes.exportXliff': (args) => exportXliff(library, args),
    'notes.importXliff': (args) => importXliff(library, args),
    'notes.render': (args) => renderNotes(library, args),
    'notes.progress': ({ showId }) => library.notes.progress(showId),

    'snippets.list': ({ showId }) => listSnippets(library, showId),
    'snippets.get': ({ id }) => snippetWithRows(library, id),
    'snippets.create': (args) => createSnippet(library, args),
    'snippets.createFromRows': (args) => createSnippetFromRows(library, args),
    'snippets.update': (args) => updateSnippet(library, args),
    'snippets.delete': ({ id }) => {
      library.snippets.remove(id);
      return { deleted: id };
    },
    'snippets.insert': (args) => insertSnippet(library, args),
    'snippets.detach': (args) => detachSnippet(library, args),

    'tm.exportTmx': () => exportTmx(library),
    'tm.importTmx': ({ text }) => importTmx(library, text),
  };
}
