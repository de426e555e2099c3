// An episode's chapters together with their findings, as the editor reads and autosaves them.

import type { ChapterInput } from '../../../shared/domain/schemas.js';
import type { ChapterList, Episode, UiLanguage } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { validateChapters } from './validate.js';

export function listChapters(library: Library, episodeId: number): ChapterList {
  const { durationMs } = library.episodes.get(episodeId);
  const chapters = library.chapters.list(episodeId);
  return { chapters, findings: validateChapters(chapters, { durationMs }) };
}

/** The whole list, saved in one transaction; findings say what still needs fixing. */
export function replaceChapters(library: Library, episodeId: number, chapters: readonly ChapterInput[]): ChapterList {
  const { durationMs } = library.episodes.get(episodeId);
  const saved = library.chapters.replaceAll(episodeId, chapters);
  return { chapters: saved, findings: validateChapters(saved, { durationMs }) };
}

/** The language chapter titles are read or written in when none is named: the episode's own, French when bilingual. */
export const defaultChapterLanguage = (episode: Pick<Episode, 'spoken'>): UiLanguage => (episode.spoken === 'en' ? 'en' : 'fr');
