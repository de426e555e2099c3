// What a new episode starts with when it is created from an audio file: its tags, or failing
// that its file name, in the language the episode is spoken in. Everything else is left to edit.

import path from 'node:path';
import type { EpisodeCreate } from '../../../shared/domain/schemas.js';
import type { ProbedTags, SpokenLanguage } from '../../../shared/domain/types.js';

/** Imported episodes are taken as French until the user says otherwise (a French-first studio). */
const IMPORT_SPOKEN: SpokenLanguage = 'fr';

const TITLE_MAX = 255;
const SUMMARY_MAX = 4000;

/** `episode_12-final.mp3` → `Episode 12 final` */
export function humaniseFileName(file: string): string {
  const stem = path.basename(file, path.extname(file));
  const words = stem.replace(/[_\-.+]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (words === '') return stem.trim() || 'Episode';
  return words.charAt(0).toLocaleUpperCase('fr-CA') + words.slice(1);
}

/** An ISO date with offset from a tag year; null when the year is not a plausible one. */
export function publishedAtFromYear(year: number | null): string | null {
  if (year === null || !Number.isInteger(year) || year < 1900 || year > new Date().getUTCFullYear() + 1) return null;
  return `${String(year).padStart(4, '0')}-01-01T00:00:00Z`;
}

const inLanguage = (spoken: SpokenLanguage, text: string) => ({
  fr: spoken === 'en' ? '' : text,
  en: spoken === 'fr' ? '' : text,
});

export function episodeFromTags(showId: number, tags: ProbedTags | null, file: string): EpisodeCreate {
  const spoken = IMPORT_SPOKEN;
  const title = (tags?.title ?? humaniseFileName(file)).slice(0, TITLE_MAX);
  const summary = (tags?.comment ?? '').slice(0, SUMMARY_MAX);
  return {
    showId,
    spoken,
    title: inLanguage(spoken, title),
    summary: inLanguage(spoken, summary),
    publishedAt: publishedAtFromYear(tags?.year ?? null),
    status: 'draft',
  };
}
