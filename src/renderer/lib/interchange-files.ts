// Text files in and out of the Notes tab (show notes, XLIFF, TMX): read in the browser (see
// decode-text.ts for the encodings), refused with the file's name when empty or too big.
import { AppError } from '../../shared/api/errors';
import { bilingual } from '../i18n/i18n-context';
import { decodeText } from './decode-text';

/** The file's text, or an error naming the file when it is empty or longer than `maxChars`. */
export async function readTextFile(file: File, maxChars: number): Promise<string> {
  const refuse = (key: 'notesIo.fileEmpty' | 'notesIo.fileTooBig') =>
    new AppError('validation', { field: file.name }, bilingual(key, { file: file.name, millions: Math.round(maxChars / 1_000_000) }));
  // A UTF-8 character takes at most four bytes: anything bigger cannot fit, so it is not read at all.
  if (file.size > maxChars * 4) throw refuse('notesIo.fileTooBig');
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text.trim() === '') throw refuse('notesIo.fileEmpty');
  if (text.length > maxChars) throw refuse('notesIo.fileTooBig');
  return text;
}
