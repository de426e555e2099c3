// Which chapter format a file is in: unmistakable content first (WEBVTT, ;FFMETADATA1, JSON,
// chapter XML), then the file name's ending as a hint, then the shape of the lines.

import type { ChapterFormat } from '../../../shared/domain/types.js';
import { textLines } from './text-lines.js';

const BY_ENDING: [RegExp, ChapterFormat][] = [
  [/\.json$/i, 'json'],
  [/\.(?:psc|xml)$/i, 'psc'],
  [/\.vtt$/i, 'vtt'],
  [/\.cue$/i, 'cue'],
  [/\.(?:ffmeta|ffmetadata)$/i, 'ffmetadata'],
  [/\.labels\.txt$/i, 'audacity'],
  [/\.mp4chaps(?:\.txt)?$/i, 'mp4chaps'],
  [/\.timestamps\.txt$/i, 'timestamps'],
];

const AUDACITY = /^\d+(?:[.,]\d+)?\t\d+(?:[.,]\d+)?(?:\t.*)?$/;
const MP4CHAPS = /^\s*\d+:\d{2}:\d{2}\.\d{3}(?:\s|$)/;
const TIMESTAMP = /^\s*(?:[-•*·]\s+)?[([]?\s*\d{1,3}:\d{2}(?::\d{2})?/;

function bySignature(text: string): ChapterFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (head.startsWith(';FFMETADATA')) return 'ffmetadata';
  if (head.startsWith('{') || /^\[\s*(?:\{|\])/.test(head)) return 'json';
  if (head.startsWith('<') && /<(?:[A-Za-z_][\w.-]*:)?chapter[\s/>]/.test(head)) return 'psc';
  return null;
}

function byLines(text: string): ChapterFormat | null {
  const lines = textLines(text).filter((l) => l.trim() !== '');
  if (lines.some((l) => /^\s*TRACK\s+\d+\s+AUDIO\b/i.test(l)) && lines.some((l) => /^\s*INDEX\s+\d+\s/i.test(l))) return 'cue';
  const data = lines.filter((l) => !l.startsWith('\\'));
  if (data.length > 0 && data.every((l) => AUDACITY.test(l))) return 'audacity';
  const stamped = lines.filter((l) => TIMESTAMP.test(l));
  if (stamped.length === 0) return null;
  if (stamped.length === lines.filter((l) => !l.trimStart().startsWith('#')).length && stamped.every((l) => MP4CHAPS.test(l))) {
    return 'mp4chaps';
  }
  return 'timestamps';
}

/** The format `text` is in, or null when nothing says; `fileName` only breaks ties. */
export function detectFormat(text: string, fileName?: string): ChapterFormat | null {
  const signed = bySignature(text);
  if (signed) return signed;
  const hinted = fileName ? BY_ENDING.find(([ending]) => ending.test(fileName))?.[1] : undefined;
  return hinted ?? byLines(text);
}
