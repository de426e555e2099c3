// Audacity labels: `start<TAB>end<TAB>title`, seconds. French-locale Audacity writes decimal
// commas (`12,5`); a point label has end = start (a chapter with no end), a region has its end.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { parseSeconds } from '../clock.js';
import { malformed, quote } from '../malformed.js';
import { fileChapter, finishParse, listed } from '../model.js';
import { isBlank, textLines } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';

/** Tabs as Audacity writes; runs of spaces as some hand-made label files have. */
function fields(raw: string): [string, string, string] {
  if (raw.includes('\t')) {
    const [start = '', end = '', ...title] = raw.split('\t');
    return [start.trim(), end.trim(), title.join(' ')];
  }
  const m = /^\s*(\S+)\s+(\S+)(?:\s+(.*))?$/s.exec(raw);
  return [m?.[1] ?? raw.trim(), m?.[2] ?? '', m?.[3] ?? ''];
}

function seconds(text: string, what: 'start' | 'end', line: number): number {
  const ms = parseSeconds(text);
  if (ms === null) {
    const fr = what === 'start' ? 'le début' : 'la fin';
    throw malformed('audacity', line, `${what} ${quote(text)} is not a number of seconds (12.5 or 12,5)`,
      `${fr} ${quote(text)} n'est pas un nombre de secondes (12.5 ou 12,5)`);
  }
  return ms;
}

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  const chapters: ChapterFields[] = [];
  textLines(text).forEach((raw, i) => {
    const line = i + 1;
    // `\` lines carry the spectral selection (low and high frequency) of the label above.
    if (isBlank(raw) || raw.startsWith('\\')) return;
    const [start, end, title] = fields(raw);
    const startMs = seconds(start, 'start', line);
    const endMs = end === '' ? startMs : seconds(end, 'end', line);
    if (endMs < startMs) {
      throw malformed('audacity', line, `end ${end} is before start ${start}`, `la fin ${end} précède le début ${start}`);
    }
    chapters.push(fileChapter('audacity', line, { startMs, endMs: endMs === startMs ? null : endMs, title }, lang));
  });
  return finishParse('audacity', chapters);
}

const secondsText = (ms: number) => (ms / 1000).toFixed(6);

export const audacityLabels: ChapterFormatModule = {
  label: 'Audacity labels',
  extension: 'labels.txt',
  mime: 'text/plain',
  carries: { end: 'exact', url: false, img: false, hidden: false, precisionMs: 1 },
  parse,
  serialize(chapters, { lang }) {
    // A tab would end the title field: written as a space.
    const lines = listed(chapters).map((c) =>
      [secondsText(c.startMs), secondsText(c.endMs ?? c.startMs), c.title[lang].replace(/\t/g, ' ')].join('\t'));
    return `${lines.join('\n')}\n`;
  },
};
