// The one place release reads an episode's notes: the notes model (issue 4, rendered to sanitized
// HTML by notes.render) when the episode has note rows; otherwise its summary, in the Markdown
// subset, rendered here (episodes written before the notes model, and imported feeds).

import type { Episode, UiLanguage } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { renderNotes } from '../notes/notes-output.js';
import { sanitizeNotes } from './html-notes.js';
import { markdownToHtml } from './markdown-lite.js';

/** Sanitized notes HTML (p ul ol li a strong em br) of one language; '' when not written. `episode` saves a read. */
export function notesForRelease(library: Library, episodeId: number, lang: UiLanguage, episode?: Episode): string {
  if (library.notes.rows({ episodeId }).length > 0) {
    return sanitizeNotes(renderNotes(library, { episodeId, lang, format: 'html' }).text);
  }
  const summary = (episode?.id === episodeId ? episode : library.episodes.get(episodeId)).summary[lang];
  return summary.trim() === '' ? '' : sanitizeNotes(markdownToHtml(summary));
}
