// Builders, fast-check arbitraries and the "what survives a trip through this format" rule the
// round-trip and property tests share. The rule mirrors each format's documented `carries`.

import fc from 'fast-check';
import { AppError } from '../../../../../src/shared/api/errors.js';
import { normalizeChapterTitle } from '../../../../../src/shared/domain/schemas.js';
import type { ChapterFields, ChapterFormat, UiLanguage } from '../../../../../src/shared/domain/types.js';
import { FORMATS } from '../../../../../src/main/services/chapters/formats/index.js';
import { dropImpliedEnds, effectiveEnd } from '../../../../../src/main/services/chapters/model.js';

/** A chapter with a French title (the other fields defaulted). */
export function ch(startMs: number, fr = '', more: Partial<ChapterFields> = {}): ChapterFields {
  return { startMs, endMs: null, title: { fr, en: '' }, url: '', img: '', hidden: false, ...more };
}

export const parse = (format: ChapterFormat, text: string, lang: UiLanguage = 'fr', durationMs?: number) =>
  FORMATS[format].parse(text, { lang, durationMs });

/** Starts and titles in one language, the shape most format tests compare. */
export const summary = (chapters: ChapterFields[], lang: UiLanguage = 'fr') => chapters.map((c) => [c.startMs, c.title[lang]]);

/** The chapters_malformed error `fn` throws, as { line, problem } (fails when it throws anything else). */
export function malformedOf(fn: () => unknown): { line: number | null; problem: string; problemFr: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'chapters_malformed') {
      const d = error.details;
      return { line: (d.line as number | null) ?? null, problem: String(d.problem), problemFr: String(d.problemFr), message: error.message };
    }
    throw error;
  }
  throw new Error('expected a chapters_malformed error, none was thrown');
}

const cueRound = (ms: number) => Math.round((Math.round((ms * 75) / 1000) * 1000) / 75);

/** What `chapters` become after serialize → parse in `format` (each format's limits applied). */
export function expectedAfter(format: ChapterFormat, chapters: ChapterFields[], lang: UiLanguage, durationMs: number): ChapterFields[] {
  const carries = FORMATS[format].carries;
  const shown = chapters.filter((c) => carries.hidden || !c.hidden);
  const result = shown.map((c, i): ChapterFields => {
    let title = c.title[lang];
    if (format === 'audacity') title = title.replace(/\t/g, ' ');
    if (format === 'cue') title = title.replace(/"/g, "'");
    let startMs = c.startMs;
    if (format === 'timestamps') startMs = i === 0 ? 0 : Math.floor(startMs / 1000) * 1000;
    if (format === 'cue') startMs = cueRound(startMs);
    const endMs = carries.end === 'exact' ? c.endMs : carries.end === 'implied' ? effectiveEnd(shown, i, durationMs) : null;
    return {
      startMs,
      endMs,
      title: lang === 'fr' ? { fr: normalizeChapterTitle(title), en: '' } : { fr: '', en: normalizeChapterTitle(title) },
      url: carries.url ? c.url : '',
      img: carries.img ? c.img : '',
      hidden: carries.hidden ? c.hidden : false,
    };
  });
  return carries.end === 'implied' ? dropImpliedEnds(result, durationMs) : result;
}

const HOSTILE = [
  '"', "'", '<', '>', '&', '&amp;', '&#9;', ']]>', '-->', '\t', '=', ';', '#', '\\', '\n', '\r\n', 'é', 'É', 'ç', 'à', 'œ',
  '«', '»', '’', '😀', '👩‍👩‍👧', ' ', '  ', 'a', 'Z', '0', '1:02', '[CHAPTER]', '<b>', 'TITLE', '- ', '(', ')', ':', '|', 'WEBVTT',
];

/** Titles made of accented letters, emoji and every character some format treats specially. */
export const hostileTitle = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 10 })
  .map((parts) => normalizeChapterTitle(parts.join('')));

const url = fc.constantFrom('', 'https://example.org/chapitre?a=1&b=2', 'http://radio.example.ca/é');
const img = fc.constantFrom('', 'https://example.org/art/1.jpg');

/** A random chapter list (sorted, starts at least 1 s apart) and the audio's length. */
export const chapterLists = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 1000, max: 1_200_000 }),
      endAt: fc.option(fc.double({ min: 0.001, max: 1, noNaN: true }), { nil: null }),
      fr: hostileTitle,
      en: hostileTitle,
      url,
      img,
      hidden: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((items) => fc.integer({ min: 0, max: 5000 }).map((first) => {
    let start = first;
    const chapters = items.map((item) => {
      const chapter: ChapterFields = {
        startMs: start,
        // Somewhere inside the gap to the next chapter, the end of the gap included.
        endMs: item.endAt === null ? null : start + Math.max(1, Math.round(item.gap * item.endAt)),
        title: { fr: item.fr, en: item.en },
        url: item.url,
        img: item.img,
        hidden: item.hidden,
      };
      start += item.gap;
      return chapter;
    });
    return { chapters, durationMs: start };
  }));
