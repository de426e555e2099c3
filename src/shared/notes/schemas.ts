// Input schemas of the notes calls. Messages are problem keys (../domain/problems.ts), so every
// side names the field and says the problem in the user's language.

import { z } from 'zod';
import { id } from '../domain/schemas.js';
import { UI_LANGUAGES } from '../domain/types.js';
import { NOTE_FORMATS, NOTE_KINDS, NOTE_STATUSES } from './types.js';

/** Far beyond any show notes (Apple's limit is 4000 bytes), small enough to keep the DP cheap. */
export const MAX_SEGMENT_CHARS = 20_000;
export const MAX_NOTE_ROWS = 2_000;
/** Pasted or imported text to align, TMX and XLIFF files. */
export const MAX_NOTES_TEXT = 2_000_000;
export const MAX_TM_TEXT = 50_000_000;

/** No C0 control character other than tab and line breaks, and no DEL (they break XML and feeds). */
function noControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
  }
  return true;
}

/** A side's text: line breaks as \n, no control characters. */
export const noteTextSchema = z.string({ message: 'required' })
  .max(MAX_SEGMENT_CHARS, { message: 'too_long' })
  .transform((t) => t.replace(/\r\n?/g, '\n'))
  .refine(noControl, { message: 'invalid' });

export const noteLangSchema = z.enum(UI_LANGUAGES, { message: 'one_of' });
export const noteKindSchema = z.enum(NOTE_KINDS, { message: 'one_of' });
export const noteStatusSchema = z.enum(NOTE_STATUSES, { message: 'one_of' });
export const noteFormatSchema = z.enum(NOTE_FORMATS, { message: 'one_of' });
const position = z.number({ message: 'positive_integer' }).int({ message: 'positive_integer' }).min(0, { message: 'positive_integer' });

/**
 * A row to write: typed by the editor, or a row of an alignment proposal sent back as it came
 * (its confidence and segment indexes are accepted and ignored). `null` = empty side.
 */
export const noteRowInputSchema = z.strictObject({
  kind: noteKindSchema.default('paragraph'),
  /** Default: the only side with text, else the episode's language. */
  source: noteLangSchema.optional(),
  fr: noteTextSchema.nullable().default('').transform((t) => t ?? ''),
  en: noteTextSchema.nullable().default('').transform((t) => t ?? ''),
  /** Default: a side with text is `translated` (marked from the other side when both have text). */
  status: z.strictObject({ fr: noteStatusSchema.optional(), en: noteStatusSchema.optional() }).optional(),
  confidence: z.number().optional(),
  frSegments: z.array(z.number()).optional(),
  enSegments: z.array(z.number()).optional(),
});
export type NoteRowInput = z.input<typeof noteRowInputSchema>;
export type NoteRowValues = z.output<typeof noteRowInputSchema>;

export const noteRowsSchema = z.array(noteRowInputSchema).max(MAX_NOTE_ROWS, { message: 'too_long' });

/** Rows belong to an episode or to a snippet of a show. */
export const notesOwnerSchema = z.union([
  z.strictObject({ episodeId: id }),
  z.strictObject({ snippetId: id }),
]);

export const splitAtSchema = z.strictObject({ fr: position, en: position });
export const rowPositionSchema = position;

export const snippetNameSchema = z.string({ message: 'required' }).trim()
  .min(1, { message: 'required' }).max(200, { message: 'too_long' });

/** Text to align: one mixed text, or one per language. */
export const alignInputSchema = z.union([
  z.strictObject({ text: z.string().max(MAX_NOTES_TEXT, { message: 'too_long' }), defaultLang: noteLangSchema.optional() }),
  z.strictObject({
    fr: z.string().max(MAX_NOTES_TEXT, { message: 'too_long' }),
    en: z.string().max(MAX_NOTES_TEXT, { message: 'too_long' }),
  }),
]);
export type AlignInput = z.infer<typeof alignInputSchema>;
