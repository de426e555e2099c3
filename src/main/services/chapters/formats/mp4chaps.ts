// mp4chaps text (mp4v2's chapter list, also Auphonic's): `HH:MM:SS.mmm Title <url>`, one chapter
// a line. The link, when present, is the last thing on the line, in angle brackets.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { formatFull, parseClock } from '../clock.js';
import { malformed, quote } from '../malformed.js';
import { fileChapter, finishParse, listed } from '../model.js';
import { isBlank, textLines } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

// `s`: a title may hold U+2028, which `.` would not cross.
const LINE = /^\s*(\S+)(?:\s+(.*))?$/s;
const TRAILING_URL = /^(.*?)\s*<(https?:\/\/[^\s<>]*)>\s*$/s;

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  const chapters: ChapterFields[] = [];
  textLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (isBlank(raw) || raw.trimStart().startsWith('#')) return;
    const [, time = '', rest = ''] = LINE.exec(raw) ?? [];
    const startMs = parseClock(time);
    if (startMs === null) {
      throw malformed('mp4chaps', line, `timestamp ${quote(time)} is not a time (HH:MM:SS.mmm Title)`,
        `l'horodatage ${quote(time)} n'est pas un temps (HH:MM:SS.mmm Titre)`);
    }
    const link = TRAILING_URL.exec(rest);
    const title = link ? (link[1] as string) : rest;
    chapters.push(fileChapter('mp4chaps', line, { startMs, title, url: link?.[2] }, lang));
  });
  return finishParse('mp4chaps', chapters);
}

export const mp4chapsChapters: ChapterFormatModule = {
  label: 'mp4chaps text',
  extension: 'mp4chaps.txt',
  mime: 'text/plain',
  carries: { end: 'none', url: true, img: false, hidden: false, precisionMs: 1 },
  parse,
  serialize(chapters, { lang }) {
    const lines = listed(chapters).map((c) => [formatFull(c.startMs), c.title[lang], c.url ? `<${c.url}>` : '']
      .filter(Boolean).join(' '));
    return `${lines.join('\n')}\n`;
  },
};
