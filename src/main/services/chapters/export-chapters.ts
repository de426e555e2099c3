// Exporting an episode's chapters in one language as a chapter file's text, with the file name
// and media type the UI offers for saving (the renderer writes it; the CLI writes it atomically).

import { invalid } from '../../../shared/api/errors.js';
import type { ChapterExport, ChapterFormat, UiLanguage } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { FORMATS } from './formats/index.js';

export function exportChapterText(library: Library, options: { episodeId: number; format: ChapterFormat; lang: UiLanguage }): ChapterExport {
  const { format, lang } = options;
  const episode = library.episodes.get(options.episodeId);
  const show = library.shows.get(episode.showId);
  const chapters = library.chapters.list(episode.id);
  const writer = FORMATS[format];
  if (chapters.length === 0) {
    throw invalid('chapters', 'this episode has no chapters to export', "cet épisode n'a aucun chapitre à exporter");
  }
  if (!writer.carries.hidden && chapters.every((c) => c.hidden)) {
    throw invalid('chapters', `every chapter is hidden, and ${writer.label} has no hidden chapters`,
      `tous les chapitres sont masqués, et ${writer.label} n'a pas de chapitres masqués`);
  }
  const text = writer.serialize(chapters, {
    lang,
    durationMs: episode.durationMs,
    episodeTitle: episode.title[lang] || undefined,
    showTitle: show.title[lang] || undefined,
    audioFileName: episode.audio?.fileName,
  });
  return { fileName: `${episode.showSlug}-${episode.slug}.chapters.${lang}.${writer.extension}`, mime: writer.mime, text };
}
