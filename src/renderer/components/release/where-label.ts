// Where a finding points, said the way the app names its places: "Show settings › Publishing
// address", "Audio & chapters › Chapters, chapter 3 · EN". The view and tab come from goToTarget,
// so the label always names where "Go to" leads.
import type { FindingWhere } from '../../../shared/domain/types';
import type { MessageKey } from '../../i18n/fr';
import { goToTarget } from '../../lib/release-goto';

const FIELD_KEYS: Partial<Record<string, MessageKey>> = {
  title: 'release.field.title', subtitle: 'release.field.subtitle', description: 'release.field.description',
  summary: 'release.field.summary', languages: 'release.field.languages', categories: 'release.field.categories',
  explicit: 'release.field.explicit', author: 'release.field.author', ownerName: 'release.field.ownerName',
  ownerEmail: 'release.field.ownerEmail', website: 'release.field.website', copyright: 'release.field.copyright',
  baseUrl: 'release.field.baseUrl', artwork: 'release.field.artwork', episodes: 'release.field.episodes',
  slug: 'release.field.slug', publishedAt: 'release.field.publishedAt', number: 'release.field.number',
  season: 'release.field.season', type: 'release.field.type', status: 'release.field.status', guid: 'release.field.guid',
  notes: 'release.field.notes', audio: 'release.field.audio', chapters: 'release.field.chapters',
};

/** The UI's `t` (only the dictionary's types here, so the label is testable without a DOM). */
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function whereLabel(where: FindingWhere, t: Translate): string {
  const target = goToTarget(where);
  const place = t(target.view === 'show' ? 'release.place.show' : `release.place.${target.tab}`);
  const key = where.field ? FIELD_KEYS[where.field] : undefined;
  const parts = [key ? t(key) : where.field ?? ''];
  if (where.chapterIndex !== undefined) parts.push(t('release.place.chapter', { n: where.chapterIndex + 1 }));
  if (where.file && where.scope === 'bundle') parts.push(t('release.place.file', { file: where.file }));
  const what = parts.filter((p) => p !== '').join(', ');
  const lang = where.lang ? ` · ${where.lang.toUpperCase()}` : '';
  return `${place}${what ? ` › ${what}` : ''}${lang}`;
}
