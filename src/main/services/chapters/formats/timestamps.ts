// Description timestamps, as YouTube, Apple and Spotify read them from show notes: `00:00 Title`,
// `(1:02:03) Title`, `1:02:03 - Title`. Lines without a leading timestamp are ordinary notes.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { formatShort, parseClock } from '../clock.js';
import { malformed, quote } from '../malformed.js';
import { fileChapter, finishParse, listed } from '../model.js';
import { textLines } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

// Optional bullet, optional bracket, then m:ss / mm:ss / h:mm:ss; what follows must be a space,
// a separator or the end, so "2:30pm" or "16:9 format" are left as prose.
const STAMP = /^\s*(?:[-•*·]\s+)?([([]?)\s*(\d{1,3}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)([)\]]?)(?=\s|[-–—|:]|$)(.*)$/s;
const SEPARATOR = /^[-–—|:•·]\s+/;

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  const chapters: ChapterFields[] = [];
  textLines(text).forEach((raw, i) => {
    const m = STAMP.exec(raw);
    if (!m) return;
    const [, open = '', time = '', close = '', rest = ''] = m;
    if ((open === '(' && close !== ')') || (open === '[' && close !== ']') || (open === '' && close !== '')) return;
    const startMs = parseClock(time);
    if (startMs === null) {
      throw malformed('timestamps', i + 1, `timestamp ${time} is not a time`, `l'horodatage ${time} n'est pas un temps`);
    }
    const title = rest.trimStart().replace(SEPARATOR, '');
    chapters.push(fileChapter('timestamps', i + 1, { startMs, title }, lang));
  });
  if (chapters.length === 0) {
    throw malformed('timestamps', null, `no line starts with a timestamp such as ${quote('00:00 Introduction')}`,
      `aucune ligne ne commence par un horodatage comme ${quote('00:00 Introduction')}`);
  }
  return finishParse('timestamps', chapters);
}

export const descriptionTimestamps: ChapterFormatModule = {
  label: 'Description timestamps',
  extension: 'timestamps.txt',
  mime: 'text/plain',
  carries: { end: 'none', url: false, img: false, hidden: false, precisionMs: 1000 },
  parse,
  serialize(chapters, { lang }) {
    // Apps only show these chapters when the first is at 00:00: the first chapter is written there.
    const lines = listed(chapters).map((c, i) => {
      const title = c.title[lang];
      // A title that itself opens with a separator gets one more, which reading strips again.
      const safe = SEPARATOR.test(title) ? `- ${title}` : title;
      return `${formatShort(i === 0 ? 0 : c.startMs)} ${safe}`.trimEnd();
    });
    return `${lines.join('\n')}\n`;
  },
};
