// An episode's notes as one feed shows them: the language's notes (the other language's when not
// translated), its title with the other-language label, and the description timestamps when on.

import type { ChapterFields, UiLanguage } from '../../../shared/domain/types.js';
import { descriptionTimestamps } from '../chapters/formats/timestamps.js';
import { listed } from '../chapters/model.js';
import { otherLang } from './feed-urls.js';
import { escapeHtml, notesText, sanitizeForDescription, sanitizeNotes } from './html-notes.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';

/** Chapters with each title in `lang`, the other language's where it is missing (apps show something). */
export function chaptersIn(chapters: readonly ChapterFields[], lang: UiLanguage): ChapterFields[] {
  const other = otherLang(lang);
  return chapters.map((c) => ({ ...c, title: { ...c.title, [lang]: c.title[lang].trim() || c.title[other].trim() } }));
}

export function itemTitle(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  const title = (e.episode.title[lang].trim() || e.episode.title[otherLang(lang)]).trim();
  const spoken = e.episode.spoken;
  const label = model.settings.otherLanguageLabel[lang].trim();
  return spoken !== 'bilingual' && spoken !== lang && label !== '' && title !== '' ? `${title} ${label}` : title;
}

/** `00:00 Title` lines as paragraphs, or '' when the show does not publish them (or no chapter is listed). */
export function timestampsHtml(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  const chapters = listed(chaptersIn(e.chapters, lang));
  if (!model.settings.descriptionTimestamps || chapters.length === 0) return '';
  const text = descriptionTimestamps.serialize(chapters, { lang, durationMs: e.episode.durationMs });
  return text.trimEnd().split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
}

// Each episode's notes are needed by the feed, the notes page and the ID3 comment: sanitized once
// per model (the model is never changed once built, and is forgotten with it).
const made = new WeakMap<ReleaseEpisode, Map<string, string>>();
function once(e: ReleaseEpisode, key: string, make: () => string): string {
  const known = made.get(e) ?? new Map<string, string>();
  made.set(e, known);
  let value = known.get(key);
  if (value === undefined) known.set(key, (value = make()));
  return value;
}

/** Notes for content:encoded and the notes file: the notes subset, timestamps appended. */
export function notesHtml(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  return once(e, `notes.${lang}`, () => {
    const notes = e.notes[lang] || e.notes[otherLang(lang)];
    return sanitizeNotes([notes, timestampsHtml(model, e, lang)].filter(Boolean).join('\n'));
  });
}

/** The same notes in Apple's description subset (p ol ul li a). */
export function descriptionHtml(model: ReleaseModel, e: ReleaseEpisode, lang: UiLanguage): string {
  return once(e, `description.${lang}`, () => sanitizeForDescription(notesHtml(model, e, lang)));
}

/** The notes as plain text (the MP3 copy's ID3 comment). */
export function notesPlainText(e: ReleaseEpisode, lang: UiLanguage): string {
  return once(e, `text.${lang}`, () => notesText(e.notes[lang] || e.notes[otherLang(lang)]));
}
