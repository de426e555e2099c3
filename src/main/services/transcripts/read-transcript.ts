// A transcript file judged before anything is stored: its text (UTF-8, not binary), its format
// (by extension when it names one, else by content), and the format's own checks. Answers what
// the library records: format, the MIME type the feed announces, cue count and end.

import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { TranscriptFormat } from '../../../shared/domain/types.js';
import type { CueTally } from './cue-checks.js';
import { decodeText } from './decode-text.js';
import { readJsonTranscript } from './json-transcript.js';
import { malformed } from './malformed.js';
import { readSubRip } from './subrip.js';
import { readWebVtt } from './webvtt.js';

/** 20 MB: a word-level transcript of a three-hour episode stays well under it. */
export const TRANSCRIPT_MAX_BYTES = 20_000_000;

/** The type `podcast:transcript` announces for each format. */
export const TRANSCRIPT_MIME: Record<TranscriptFormat, string> = {
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  json: 'application/json',
};

const BY_EXTENSION: Record<string, TranscriptFormat> = { '.vtt': 'vtt', '.srt': 'srt', '.json': 'json' };

const READERS: Record<TranscriptFormat, (text: string) => CueTally> = {
  vtt: readWebVtt,
  srt: readSubRip,
  json: readJsonTranscript,
};

export interface TranscriptFacts extends CueTally {
  format: TranscriptFormat;
  mime: string;
}

function detect(text: string, fileName: string): TranscriptFormat {
  const named = BY_EXTENSION[path.extname(fileName).toLowerCase()];
  if (named) return named;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WEBVTT')) return 'vtt';
  if (start.startsWith('{')) return 'json';
  if (/^\d+[ \t]*\r?\n/.test(start)) return 'srt';
  throw malformed('text', 1, 'not a WebVTT, SubRip (.srt) or Podcasting 2.0 JSON transcript',
    'ni WebVTT, ni SubRip (.srt), ni transcription JSON Podcasting 2.0');
}

function judge(bytes: Uint8Array, fileName: string): TranscriptFacts {
  if (bytes.length > TRANSCRIPT_MAX_BYTES) {
    throw malformed('text', null, `the file is larger than ${TRANSCRIPT_MAX_BYTES / 1_000_000} MB`,
      `le fichier dépasse ${TRANSCRIPT_MAX_BYTES / 1_000_000} Mo`);
  }
  const text = decodeText(bytes);
  const format = detect(text, fileName);
  return { format, mime: TRANSCRIPT_MIME[format], ...READERS[format](text) };
}

/** The facts of a valid transcript; a bad one throws transcript_malformed naming `fileName`. */
export function readTranscript(bytes: Uint8Array, fileName: string): TranscriptFacts {
  try {
    return judge(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError && error.code === 'transcript_malformed') {
      throw new AppError('transcript_malformed', { ...error.details, file: path.basename(fileName) });
    }
    throw error;
  }
}
