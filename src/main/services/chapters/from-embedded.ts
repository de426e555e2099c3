// Chapters the imported audio carries itself (ID3 CHAP/CTOC in MP3, chapter track in M4A), as
// the probe recorded them on the asset, turned into the chapter model in one language.

import type { ChapterFields, EmbeddedChapter, UiLanguage } from '../../../shared/domain/types.js';
import { normalizeChapterTitle, webUrlSchema, MAX_CHAPTER_MS } from '../../../shared/domain/schemas.js';
import { byStart, dropImpliedEnds } from './model.js';

/**
 * Times rounded to whole milliseconds, impossible ends (before the start, past the limit) and
 * links that are not web addresses dropped; ends that only repeat the next start become implied.
 */
export function fromEmbedded(embedded: readonly EmbeddedChapter[], lang: UiLanguage, durationMs: number | null): ChapterFields[] {
  const chapters = embedded
    .filter((e) => Number.isFinite(e.startMs) && e.startMs >= 0 && e.startMs <= MAX_CHAPTER_MS)
    .map((e): ChapterFields => {
      const startMs = Math.round(e.startMs);
      const end = e.endMs === null ? null : Math.round(e.endMs);
      const title = normalizeChapterTitle(e.title).slice(0, 500);
      const url = e.url !== null && webUrlSchema.safeParse(e.url.trim()).success ? e.url.trim() : '';
      return {
        startMs,
        endMs: end !== null && end > startMs && end <= MAX_CHAPTER_MS ? end : null,
        title: { fr: lang === 'fr' ? title : '', en: lang === 'en' ? title : '' },
        url,
        img: '',
        hidden: false,
      };
    });
  return dropImpliedEnds(byStart(chapters), durationMs);
}
