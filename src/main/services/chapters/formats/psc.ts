// Podlove Simple Chapters: `<psc:chapter start="00:01:59.000" title="…" href="…" image="…"/>`
// in Normal Play Time. Read by hand (attributes of chapter elements only, any namespace prefix):
// see xml-text.ts for why not through fast-xml-parser.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { formatFull, parseClock } from '../clock.js';
import { malformed, quote } from '../malformed.js';
import { fileChapter, finishParse, listed } from '../model.js';
import { lineLocator } from '../text-lines.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';
import { blankNonMarkup, decodeEntities, escapeAttribute, normalizeAttribute } from './xml-text.js';

const CHAPTER_TAG = /<(?:[A-Za-z_][\w.-]*:)?chapter(?=[\s/>])/g;
const ATTRIBUTE = /\s*(?:([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\/?>))/y;

function attributesAt(xml: string, from: number, line: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = from;
  for (;;) {
    const at = ATTRIBUTE.lastIndex;
    const match = ATTRIBUTE.exec(xml);
    if (!match) {
      const near = xml.slice(at, at + 20).trim();
      throw malformed('psc', line, `cannot read the attributes of <psc:chapter> near ${quote(near)}`,
        `attributs de <psc:chapter> illisibles près de ${quote(near)}`);
    }
    if (match[4]) return attributes;
    const name = (match[1] as string).toLowerCase();
    attributes[name] = decodeEntities(normalizeAttribute(match[2] ?? match[3] ?? ''), line);
  }
}

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  const xml = blankNonMarkup(text.replace(/^\uFEFF/, ''));
  const lineAt = lineLocator(xml);
  const chapters: ChapterFields[] = [];
  for (const tag of xml.matchAll(CHAPTER_TAG)) {
    const line = lineAt(tag.index);
    const a = attributesAt(xml, tag.index + tag[0].length, line);
    if (a.start === undefined) throw malformed('psc', line, 'chapter without a start attribute', 'chapitre sans attribut start');
    const startMs = parseClock(a.start);
    if (startMs === null) {
      throw malformed('psc', line, `start ${quote(a.start)} is not a time (Normal Play Time, e.g. 00:01:59.000)`,
        `start ${quote(a.start)} n'est pas un temps (Normal Play Time, ex. 00:01:59.000)`);
    }
    chapters.push(fileChapter('psc', line, { startMs, title: a.title, url: a.href, img: a.image }, lang));
  }
  return finishParse('psc', chapters);
}

export const pscChapters: ChapterFormatModule = {
  label: 'Podlove Simple Chapters',
  extension: 'psc.xml',
  mime: 'application/xml',
  carries: { end: 'none', url: true, img: true, hidden: false, precisionMs: 1 },
  parse,
  serialize(chapters, { lang }) {
    const lines = listed(chapters).map((c) => {
      const attributes = [
        `start="${formatFull(c.startMs)}"`,
        `title="${escapeAttribute(c.title[lang])}"`,
        ...(c.url ? [`href="${escapeAttribute(c.url)}"`] : []),
        ...(c.img ? [`image="${escapeAttribute(c.img)}"`] : []),
      ];
      return `  <psc:chapter ${attributes.join(' ')}/>`;
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">',
      ...lines,
      '</psc:chapters>',
      '',
    ].join('\n');
  },
};
