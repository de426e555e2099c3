// The one error a chapter file that cannot be read gives: which format, which line, what is wrong,
// in both languages. Parsers throw it before anything is written, so a bad file changes nothing.

import { AppError } from '../../../shared/api/errors.js';
import type { ChapterFormat } from '../../../shared/domain/types.js';

/** `line` is 1-based; null when the problem is the file as a whole (e.g. no chapters at all). */
export function malformed(format: ChapterFormat, line: number | null, en: string, fr: string): AppError {
  return new AppError('chapters_malformed', { format, line, problem: en, problemFr: fr });
}

/** Quotes a piece of the file for a message, shortened so one bad line cannot flood the terminal. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${short}"`;
}
