// Importing chapters: a chapter file's text (the UI reads the file and sends the text; the CLI
// reads it from disk) or the audio's own chapters. Parse fully first, then one transaction.

import { AppError, invalid } from '../../../shared/api/errors.js';
import type { ChapterFields, ChapterFormat, ChapterImportResult, UiLanguage } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { defaultChapterLanguage } from './chapter-list.js';
import { detectFormat } from './detect-format.js';
import { FORMATS } from './formats/index.js';
import { fromEmbedded } from './from-embedded.js';
import { mergeBilingual } from './merge-bilingual.js';
import { validateChapters } from './validate.js';

export interface ImportTextOptions {
  episodeId: number;
  text: string;
  format: ChapterFormat | 'auto';
  lang: UiLanguage;
  /** Only a hint for `auto` (e.g. `.vtt`); never opened. */
  fileName?: string;
  toleranceMs?: number;
}

/** Reads chapter text without touching the library; a malformed file throws naming its line. */
export function parseChapterText(
  text: string,
  options: { format: ChapterFormat | 'auto'; lang: UiLanguage; fileName?: string; durationMs?: number | null },
): { format: ChapterFormat; chapters: ChapterFields[] } {
  const format = options.format === 'auto' ? detectFormat(text, options.fileName) : options.format;
  if (!format) {
    throw new AppError('chapters_malformed', {
      format: 'auto', line: null,
      problem: 'cannot tell which chapter format this is; name it (json, psc, mp4chaps, vtt, audacity, cue, ffmetadata, timestamps)',
      problemFr: 'impossible de reconnaître le format de chapitres ; précisez-le (json, psc, mp4chaps, vtt, audacity, cue, ffmetadata, timestamps)',
    });
  }
  return { format, chapters: FORMATS[format].parse(text, { lang: options.lang, durationMs: options.durationMs }) };
}

function save(
  library: Library,
  episodeId: number,
  durationMs: number | null,
  imported: { format: ChapterFormat | 'embedded'; chapters: ChapterFields[] },
  options: { lang: UiLanguage; toleranceMs?: number },
): ChapterImportResult {
  return library.transaction(() => {
    const existing = library.chapters.list(episodeId);
    const merge = mergeBilingual(existing, imported.chapters, options);
    const chapters = library.chapters.replaceAll(episodeId, merge.chapters);
    return {
      format: imported.format,
      lang: options.lang,
      mode: merge.mode,
      imported: imported.chapters.length,
      matched: merge.matched,
      unmatchedImported: merge.unmatchedImported,
      unmatchedExisting: merge.unmatchedExisting,
      chapters,
      findings: validateChapters(chapters, { durationMs }),
    };
  });
}

export function importChapterText(library: Library, options: ImportTextOptions): ChapterImportResult {
  const { durationMs } = library.episodes.get(options.episodeId);
  const parsed = parseChapterText(options.text, { ...options, durationMs });
  return save(library, options.episodeId, durationMs, parsed, options);
}

/** The chapters embedded in the episode's audio (ID3 CHAP/CTOC, MP4 chapter track). */
export function importEmbeddedChapters(
  library: Library,
  options: { episodeId: number; lang?: UiLanguage; toleranceMs?: number },
): ChapterImportResult {
  const episode = library.episodes.get(options.episodeId);
  if (!episode.audio) throw invalid('episodeId', 'this episode has no audio yet', "cet épisode n'a pas encore de son");
  const lang = options.lang ?? defaultChapterLanguage(episode);
  const chapters = fromEmbedded(episode.audio.embeddedChapters, lang, episode.durationMs);
  if (chapters.length === 0) {
    throw invalid('audio', `${episode.audio.fileName} has no chapters of its own`, `${episode.audio.fileName} ne contient aucun chapitre`);
  }
  return save(library, episode.id, episode.durationMs, { format: 'embedded', chapters }, { lang, toleranceMs: options.toleranceMs });
}
