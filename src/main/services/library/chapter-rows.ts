// The chapters table as rows and back: the SELECT, row → Chapter, and fields → columns.

import type { Chapter, ChapterFields } from '../../../shared/domain/types.js';
import { bool, type SqlRecord } from './sql.js';

export interface ChapterRow {
  id: number;
  episode_id: number;
  start_ms: number;
  end_ms: number | null;
  title_fr: string;
  title_en: string;
  url: string;
  img: string;
  hidden: number;
}

export const CHAPTER_SELECT = 'SELECT id, episode_id, start_ms, end_ms, title_fr, title_en, url, img, hidden FROM chapters';

export function toChapter(row: ChapterRow): Chapter {
  return {
    id: row.id,
    episodeId: row.episode_id,
    startMs: row.start_ms,
    endMs: row.end_ms,
    title: { fr: row.title_fr, en: row.title_en },
    url: row.url,
    img: row.img,
    hidden: row.hidden === 1,
  };
}

export function chapterColumns(fields: ChapterFields): SqlRecord {
  return {
    start_ms: fields.startMs,
    end_ms: fields.endMs,
    title_fr: fields.title.fr,
    title_en: fields.title.en,
    url: fields.url,
    img: fields.img,
    hidden: bool(fields.hidden),
  };
}

/** True when writing `fields` over `chapter` would change nothing (so updated_at stays). */
export function sameFields(chapter: Chapter, fields: ChapterFields): boolean {
  return chapter.startMs === fields.startMs && chapter.endMs === fields.endMs && chapter.title.fr === fields.title.fr &&
    chapter.title.en === fields.title.en && chapter.url === fields.url && chapter.img === fields.img &&
    chapter.hidden === fields.hidden;
}
