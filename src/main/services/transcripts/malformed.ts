// The one error a transcript that cannot be used gives: which format, which line, what is wrong,
// in both languages. Readers throw it before anything is copied or stored.

import { AppError } from '../../../shared/api/errors.js';
import type { TranscriptFormat } from '../../../shared/domain/types.js';

/** `line` is 1-based; null when the problem is the file as a whole (empty, binary, no cue). */
export function malformed(format: TranscriptFormat | 'text', line: number | null, en: string, fr: string): AppError {
  return new AppError('transcript_malformed', { format: FORMAT_NAMES[format], line, problem: en, problemFr: fr });
}

const FORMAT_NAMES: Record<TranscriptFormat | 'text', string> = {
  vtt: 'WebVTT', srt: 'SubRip', json: 'JSON Podcasting 2.0', text: 'texte / text',
};

/** Quotes a piece of the file for a message, shortened so one bad line cannot flood a toast. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${short}"`;
}
