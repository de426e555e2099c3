// FFmetadata (`ffmpeg -i in -i chapters.txt -map_chapters 1`): `;FFMETADATA1`, `[CHAPTER]`
// sections of TIMEBASE=num/den, START, END and title=, with `=;#\` and newlines escaped by `\`.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { malformed, quote } from '../malformed.js';
import { dropImpliedEnds, effectiveEnd, fileChapter, finishParse, listed } from '../model.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

type Entry = { line: number; section: string } | { line: number; key: string; value: string };

/**
 * Logical lines as ffmpeg reads them: a backslash keeps the next character (even a line break)
 * literal, a line starting with `;` or `#` is a comment, `[NAME]` opens a section.
 */
function entries(text: string): Entry[] {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const found: Entry[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const start = line;
    const head = source[i];
    if (head === ';' || head === '#' || head === '\n') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end + 1;
      line++;
      continue;
    }
    const section = head === '[' ? /^\[([^\]\n]*)\][ \t]*(?:\n|$)/.exec(source.slice(i, i + 200)) : null;
    if (section) {
      found.push({ line: start, section: (section[1] as string).trim().toUpperCase() });
      i += section[0].length;
      line++;
      continue;
    }
    let key = '';
    let value: string | null = null;
    for (; i < source.length && source[i] !== '\n'; i++) {
      let char = source[i] as string;
      if (char === '\\' && i + 1 < source.length) {
        char = source[++i] as string;
        if (char === '\n') line++;
      } else if (char === '=' && value === null) {
        value = '';
        continue;
      }
      if (value === null) key += char;
      else value += char;
    }
    i++;
    line++;
    found.push({ line: start, key: key.trim(), value: value ?? '' });
  }
  return found;
}

function integer(text: string, what: string, line: number): bigint {
  if (!/^\s*\d{1,20}\s*$/.test(text)) {
    throw malformed('ffmetadata', line, `${what}=${quote(text)} is not a whole number`, `${what}=${quote(text)} n'est pas un nombre entier`);
  }
  return BigInt(text.trim());
}

// BigInt: nanosecond ticks of a 3-hour episode times 1000 no longer fit a double exactly.
interface Draft { line: number; num: bigint; den: bigint; start: bigint | null; end: bigint | null; title: string }

function set(draft: Draft, key: string, value: string, line: number): void {
  const upper = key.toUpperCase();
  if (upper === 'TIMEBASE') {
    const m = /^\s*(\d{1,9})\/(\d{1,10})\s*$/.exec(value);
    if (!m || Number(m[1]) === 0 || Number(m[2]) === 0) {
      throw malformed('ffmetadata', line, `TIMEBASE=${quote(value)} is not a fraction like 1/1000`,
        `TIMEBASE=${quote(value)} n'est pas une fraction comme 1/1000`);
    }
    draft.num = BigInt(m[1] as string);
    draft.den = BigInt(m[2] as string);
  } else if (upper === 'START') draft.start = integer(value, 'START', line);
  else if (upper === 'END') draft.end = integer(value, 'END', line);
  else if (upper === 'TITLE') draft.title = value;
}

function parse(text: string, { lang, durationMs }: ParseOptions): ChapterFields[] {
  if (!/^\uFEFF?;FFMETADATA1[ \t]*(?:\r?\n|$)/.test(text)) {
    throw malformed('ffmetadata', 1, 'an FFmetadata file starts with ";FFMETADATA1"', 'un fichier FFmetadata commence par « ;FFMETADATA1 »');
  }
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const entry of entries(text)) {
    if ('section' in entry) {
      // ffmpeg's default time base is nanoseconds when a chapter gives none.
      current = entry.section === 'CHAPTER' ? { line: entry.line, num: 1n, den: 1_000_000_000n, start: null, end: null, title: '' } : null;
      if (current) drafts.push(current);
    } else if (current && entry.key !== '') set(current, entry.key, entry.value, entry.line);
  }
  // Rounded to the nearest millisecond: (2·ticks·num·1000 + den) / (2·den).
  const toMs = (d: Draft, ticks: bigint) => Number((2n * ticks * d.num * 1000n + d.den) / (2n * d.den));
  const chapters = drafts.map((d) => {
    if (d.start === null) throw malformed('ffmetadata', d.line, '[CHAPTER] without START=', '[CHAPTER] sans START=');
    const startMs = toMs(d, d.start);
    return fileChapter('ffmetadata', d.line, { startMs, endMs: d.end === null ? null : toMs(d, d.end), title: d.title }, lang);
  });
  return dropImpliedEnds(finishParse('ffmetadata', chapters), durationMs);
}

/** ffmpeg's escaping: `=`, `;`, `#`, `\` and a line break each get a backslash in front. */
const escape = (text: string) => text.replace(/[=;#\\\n]/g, (c) => `\\${c}`);

export const ffmetadataChapters: ChapterFormatModule = {
  label: 'FFmetadata',
  extension: 'ffmeta',
  mime: 'text/plain',
  carries: { end: 'implied', url: false, img: false, hidden: false, precisionMs: 1 },
  parse,
  serialize(chapters, { lang, durationMs, episodeTitle }) {
    const shown = listed(chapters);
    const blocks = shown.map((c, i) => [
      '[CHAPTER]', 'TIMEBASE=1/1000', `START=${c.startMs}`, `END=${effectiveEnd(shown, i, durationMs)}`, `title=${escape(c.title[lang])}`,
    ].join('\n'));
    const header = [';FFMETADATA1', ...(episodeTitle ? [`title=${escape(episodeTitle)}`] : [])].join('\n');
    return [header, ...blocks].join('\n\n') + '\n';
  },
};
