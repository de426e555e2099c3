// Podcasting 2.0 JSON chapters (spec 1.2, served as application/json+chapters). Reads the older
// shapes too: `application/audio-chapters+json` files, a bare array, Podlove-style `start`/`href`/`image`.

import type { ChapterFields } from '../../../../shared/domain/types.js';
import { parseClock } from '../clock.js';
import { malformed } from '../malformed.js';
import { fileChapter, finishParse } from '../model.js';
import type { ChapterFormatModule, ParseOptions } from './format.js';
import { JsonSyntaxError, parseJsonWithLines, type ParsedJson } from './json-lines.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Seconds as a number, or a string holding seconds or an NPT clock (legacy files). */
function timeOf(value: unknown, key: string, line: number): number | null {
  if (value === undefined || value === null) return null;
  const ms = typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.round(value * 1000)
    : typeof value === 'string' ? parseClock(value) : null;
  if (ms === null) {
    throw malformed('json', line, `${key} ${JSON.stringify(value)} is not a time in seconds`,
      `${key} ${JSON.stringify(value)} n'est pas un temps en secondes`);
  }
  return ms;
}

function textOf(item: Json, keys: string[], line: number): string | undefined {
  for (const key of keys) {
    const value = item[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      throw malformed('json', line, `${key} must be a string, found ${JSON.stringify(value)}`,
        `${key} doit être une chaîne, ${JSON.stringify(value)} trouvé`);
    }
    return value;
  }
  return undefined;
}

function chaptersArray(parsed: ParsedJson): unknown[] {
  const root = parsed.value;
  if (Array.isArray(root)) return root;
  if (isObject(root) && Array.isArray(root.chapters)) return root.chapters;
  const line = isObject(root) ? parsed.lineOf(root) : 1;
  throw malformed('json', line, 'expected an object with a "chapters" array', 'objet avec un tableau « chapters » attendu');
}

function parse(text: string, { lang }: ParseOptions): ChapterFields[] {
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw malformed('json', error.line, error.problem.en, error.problem.fr);
    throw error;
  }
  const list = chaptersArray(parsed);
  const chapters = list.map((item, i) => {
    if (!isObject(item)) {
      throw malformed('json', parsed.lineOf(list), `chapter ${i + 1} is not an object`, `le chapitre ${i + 1} n'est pas un objet`);
    }
    const line = parsed.lineOf(item);
    const startMs = timeOf(item.startTime ?? item.start, 'startTime', line);
    if (startMs === null) throw malformed('json', line, `chapter ${i + 1} has no startTime`, `le chapitre ${i + 1} n'a pas de startTime`);
    const toc = item.toc;
    if (toc !== undefined && toc !== null && typeof toc !== 'boolean') {
      throw malformed('json', line, `toc must be true or false, found ${JSON.stringify(toc)}`,
        `toc doit valoir true ou false, ${JSON.stringify(toc)} trouvé`);
    }
    return fileChapter('json', line, {
      startMs,
      endMs: timeOf(item.endTime ?? item.end, 'endTime', line),
      title: textOf(item, ['title'], line),
      url: textOf(item, ['url', 'href'], line),
      img: textOf(item, ['img', 'image'], line),
      hidden: toc === false,
    }, lang);
  });
  return finishParse('json', chapters);
}

export const jsonChapters: ChapterFormatModule = {
  label: 'Podcasting 2.0 JSON chapters',
  extension: 'json',
  mime: 'application/json+chapters',
  carries: { end: 'exact', url: true, img: true, hidden: true, precisionMs: 1 },
  parse,
  serialize(chapters, { lang, episodeTitle, showTitle }) {
    const doc = {
      version: '1.2.0',
      ...(showTitle ? { podcastName: showTitle } : {}),
      ...(episodeTitle ? { title: episodeTitle } : {}),
      chapters: chapters.map((c) => ({
        startTime: c.startMs / 1000,
        ...(c.endMs !== null ? { endTime: c.endMs / 1000 } : {}),
        ...(c.title[lang] ? { title: c.title[lang] } : {}),
        ...(c.img ? { img: c.img } : {}),
        ...(c.url ? { url: c.url } : {}),
        ...(c.hidden ? { toc: false } : {}),
      })),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  },
};
