// The notes, snippets and translation-memory calls of the API contract (../api/contract.ts
// spreads them in): argument schemas and result types. Every write answers with the whole
// NotesDoc (or Snippet) so the editor's state is the library's after each call.

import { z } from 'zod';
import { id } from '../domain/schemas.js';
import type { AlignmentProposal, NotesDoc, NotesProgress, NotesRender, Snippet, TextExport, TmMatch, TmxImportReport, XliffImportReport } from './types.js';
import {
  alignInputSchema, MAX_NOTE_ROWS, MAX_NOTES_TEXT, MAX_TM_TEXT, noteFormatSchema, noteKindSchema, noteLangSchema, noteRowInputSchema,
  noteRowsSchema, noteStatusSchema, noteTextSchema, rowPositionSchema, snippetNameSchema, splitAtSchema,
} from './schemas.js';

/** Same shape as ../api/contract.ts's `call`: the result type is given, the argument type inferred. */
function call<R>() {
  return <S extends z.ZodType>(args: S): { args: S; result?: R } => ({ args });
}

/** A row call may name the episode being shown, to get that episode's doc back (a snippet row edited in it). */
const rowCall = { rowId: id, episodeId: id.optional() };
const exactlyOneOwner = (o: { episodeId?: number; snippetId?: number }) => (o.episodeId === undefined) !== (o.snippetId === undefined);

export const notesContract = {
  /** An episode's notes, or a snippet's rows in the same shape. */
  'notes.get': call<NotesDoc>()(z.union([z.strictObject({ episodeId: id }), z.strictObject({ snippetId: id })])),
  /** A new row at `at` (0 = first, row count = last) of an episode or a snippet; default an empty paragraph. */
  'notes.insertRow': call<NotesDoc>()(
    z.strictObject({ episodeId: id.optional(), snippetId: id.optional(), at: rowPositionSchema, row: noteRowInputSchema.optional() })
      .refine(exactlyOneOwner, { message: 'required', path: ['episodeId'] }),
  ),
  /** The editor's autosave of one side. `minor`: a typo fixed in the source keeps its translation current. */
  'notes.updateSide': call<NotesDoc>()(
    z.strictObject({ ...rowCall, lang: noteLangSchema, text: noteTextSchema, minor: z.boolean().optional() }),
  ),
  /** translated/reviewed on the target records the source it was translated from (staleness). */
  'notes.setStatus': call<NotesDoc>()(z.strictObject({ ...rowCall, lang: noteLangSchema, status: noteStatusSchema })),
  /** Kind, or which side is the source (swapping makes the other side the one to translate). */
  'notes.updateRow': call<NotesDoc>()(z.strictObject({ ...rowCall, kind: noteKindSchema.optional(), source: noteLangSchema.optional() })),
  /** Splits each side at a UTF-16 offset (0…length); the rest of each side becomes a new row below. */
  'notes.splitRow': call<NotesDoc>()(z.strictObject({ ...rowCall, at: splitAtSchema })),
  /** Rows that follow each other into the first; texts joined by a space, statuses the lowest. */
  'notes.mergeRows': call<NotesDoc>()(
    z.strictObject({ rowIds: z.array(id).min(2, { message: 'required' }).max(MAX_NOTE_ROWS), episodeId: id.optional() }),
  ),
  'notes.moveRow': call<NotesDoc>()(z.strictObject({ ...rowCall, to: rowPositionSchema })),
  'notes.deleteRow': call<NotesDoc>()(z.strictObject(rowCall)),
  /** A proposal only: nothing is stored until 'notes.commitAlignment'. */
  'notes.align': call<AlignmentProposal>()(alignInputSchema),
  /** Stores accepted rows (proposal rows as they came, or edited) instead of the episode's rows or after them. */
  'notes.commitAlignment': call<NotesDoc>()(
    z.strictObject({ episodeId: id, rows: noteRowsSchema, mode: z.enum(['replace', 'append'], { message: 'one_of' }) }),
  ),
  /** Snippets of the show first, then the memory; ≥ 70 %, best first. `rowId`: leave that row's own unit out. */
  'notes.tmLookup': call<TmMatch[]>()(
    z.strictObject({
      text: z.string().max(20_000, { message: 'too_long' }), sourceLang: noteLangSchema,
      episodeId: id.optional(), rowId: id.optional(), limit: z.number().int().min(1).max(50).optional(),
    }),
  ),
  /** XLIFF 1.2 of the rows that need work, untranslated chapter titles and title (`all`: everything). */
  'notes.exportXliff': call<TextExport>()(z.strictObject({ episodeId: id, all: z.boolean().optional() })),
  'notes.importXliff': call<XliffImportReport>()(z.strictObject({ episodeId: id, text: z.string().max(MAX_NOTES_TEXT, { message: 'too_long' }) })),
  /** One language as it ships: sanitized HTML, plain text or Markdown, with its size. */
  'notes.render': call<NotesRender>()(z.strictObject({ episodeId: id, lang: noteLangSchema, format: noteFormatSchema })),
  /** For the library list: every episode of the show by id → rows reviewed / total / needing work. */
  'notes.progress': call<Record<number, NotesProgress>>()(z.strictObject({ showId: id })),

  'snippets.list': call<Snippet[]>()(z.strictObject({ showId: id })),
  'snippets.get': call<Snippet>()(z.strictObject({ id })),
  'snippets.create': call<Snippet>()(z.strictObject({ showId: id, name: snippetNameSchema, rows: noteRowsSchema.optional() })),
  /** Moves rows that follow each other into a new snippet of the show, shown where they were. */
  'snippets.createFromRows': call<NotesDoc>()(
    z.strictObject({ episodeId: id, rowIds: z.array(id).min(1, { message: 'required' }).max(MAX_NOTE_ROWS), name: snippetNameSchema }),
  ),
  /** Renames and/or replaces the rows; every episode showing it changes with it (its version goes up). */
  'snippets.update': call<Snippet>()(z.strictObject({ id, name: snippetNameSchema.optional(), rows: noteRowsSchema.optional() })),
  /** Refused while an episode shows it. */
  'snippets.delete': call<{ deleted: number }>()(z.strictObject({ id })),
  'snippets.insert': call<NotesDoc>()(z.strictObject({ episodeId: id, snippetId: id, at: rowPositionSchema })),
  /** The reference becomes plain rows of the episode (copies, statuses kept). */
  'snippets.detach': call<NotesDoc>()(z.strictObject({ rowId: id })),

  'tm.exportTmx': call<TextExport>()(z.strictObject({})),
  /** Malformed TMX: nothing is added. */
  'tm.importTmx': call<TmxImportReport>()(z.strictObject({ text: z.string().max(MAX_TM_TEXT, { message: 'too_long' }) })),
};
