// Every format, export → import: a fixed list with the awkward cases, then random lists with
// hostile titles (fast-check). What a format cannot carry is spelled out in expectedAfter().

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAPTER_FORMATS, type ChapterFields, type UiLanguage } from '../../../../../src/shared/domain/types.js';
import { FORMATS } from '../../../../../src/main/services/chapters/formats/index.js';
import { ch, chapterLists, expectedAfter } from './chapter-fixtures.js';

const DURATION = 4 * 3600_000;
const FIXED: ChapterFields[] = [
  ch(0, 'Ouverture « Raccords »', { url: 'https://example.org/?a=1&b=2' }),
  ch(62_507, 'Les élus & <le> "quartier" ]]> -- 😀', { endMs: 600_000, img: 'https://example.org/1.jpg' }),
  ch(600_000, 'Entrevue\tavec = ; # \\ Marie-Ève', { hidden: true }),
  ch(3_723_040, 'Après une heure: (1:02) - fin', { endMs: 3_800_000 }),
  ch(3_900_000, '- commence par un tiret'),
];

function trip(format: (typeof CHAPTER_FORMATS)[number], chapters: ChapterFields[], lang: UiLanguage, durationMs: number) {
  const text = FORMATS[format].serialize(chapters, { lang, durationMs, episodeTitle: 'Épisode 5 : « test »', showTitle: 'Raccords', audioFileName: 'ep5.mp3' });
  return FORMATS[format].parse(text, { lang, durationMs });
}

describe.each(CHAPTER_FORMATS)('%s round trip', (format) => {
  it('brings back the same chapters within the format\'s limits', () => {
    expect(trip(format, FIXED, 'fr', DURATION)).toEqual(expectedAfter(format, FIXED, 'fr', DURATION));
    const english = FIXED.map((c) => ({ ...c, title: { fr: 'ignoré', en: `EN ${c.title.fr}` } }));
    expect(trip(format, english, 'en', DURATION)).toEqual(expectedAfter(format, english, 'en', DURATION));
  });

  it('keeps start times to its precision', () => {
    const back = trip(format, FIXED, 'fr', DURATION);
    const shown = FIXED.filter((c) => FORMATS[format].carries.hidden || !c.hidden);
    back.forEach((c, i) => {
      const original = (shown[i] as ChapterFields).startMs;
      const limit = format === 'timestamps' ? (i === 0 ? original : 999) : FORMATS[format].carries.precisionMs / 2;
      expect(Math.abs(c.startMs - original)).toBeLessThanOrEqual(limit + 0.001);
    });
  });

  it('survives random lists with accented and hostile titles (property)', () => {
    fc.assert(
      fc.property(chapterLists, fc.constantFrom<UiLanguage>('fr', 'en'), ({ chapters, durationMs }, lang) => {
        if (format === 'mp4chaps') {
          // A title ending in "<http…>" reads back as the chapter's link: mp4chaps cannot tell them apart.
          fc.pre(chapters.every((c) => !/<https?:\/\/[^\s<>]*>$/.test(c.title[lang])));
        }
        fc.pre(chapters.some((c) => FORMATS[format].carries.hidden || !c.hidden));
        expect(trip(format, chapters, lang, durationMs)).toEqual(expectedAfter(format, chapters, lang, durationMs));
      }),
      { numRuns: 150 },
    );
  });
});
