// The small text files of a bundle besides the feeds: chapters/<slug>.<lang>.json (Podcasting 2.0
// JSON chapters 1.2.0, that language's titles) and notes/<slug>.<lang>.html (a whole page).

import type { UiLanguage } from '../../../shared/domain/types.js';
import { jsonChapters } from '../chapters/formats/json.js';
import { chaptersIn, itemTitle, notesHtml } from './episode-notes.js';
import { otherLang } from './feed-urls.js';
import { escapeHtml } from './html-notes.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';

export function chaptersJson(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  const show = model.show;
  return jsonChapters.serialize(chaptersIn(e.chapters, lang), {
    lang,
    durationMs: e.episode.durationMs,
    episodeTitle: itemTitle(model, e, lang),
    showTitle: show.title[lang].trim() || show.title[otherLang(lang)].trim(),
  });
}

/** A standalone page: the sanitized notes in a minimal HTML document in the feed's language. */
export function notesDocument(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  const title = escapeHtml(itemTitle(model, e, lang));
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.show.languages[lang])}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    notesHtml(model, e, lang),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
