// What every bundle check shares: the feed being read, where its files live (the base URL its
// self link gives), and how a finding about an item or the channel names its place.

import type { FindingWhere, ReleaseFinding, UiLanguage } from '../../../shared/domain/types.js';
import type { BundleReader } from './bundle-reader.js';

export interface BundleCheck {
  reader: BundleReader;
  lang: UiLanguage;
  /** The feed file being checked (`feed.fr.xml`). */
  file: string;
  /** The base URL the feed's self link sits under ('' when unknown): bundle URLs start with it. */
  base: string;
  /** `plan`: a preflight from the library, which reports some facts itself; `folder`: a bundle on disk. */
  mode: 'plan' | 'folder';
  episodeOf(guid: string): number | undefined;
  push(finding: ReleaseFinding): void;
}

export function showWhere(check: BundleCheck, field: string, perLanguage = true): FindingWhere {
  return check.mode === 'plan'
    ? { scope: 'show', field, ...(perLanguage ? { lang: check.lang } : {}) }
    : { scope: 'bundle', file: check.file, field, ...(perLanguage ? { lang: check.lang } : {}) };
}

export function itemWhere(check: BundleCheck, guid: string, field: string, extra: Partial<FindingWhere> = {}): FindingWhere {
  const episodeId = check.episodeOf(guid);
  return episodeId !== undefined
    ? { scope: extra.chapterIndex !== undefined ? 'chapter' : 'episode', episodeId, field, lang: check.lang, ...extra }
    : { scope: 'bundle', file: check.file, field, lang: check.lang, ...extra };
}

/** The bundle path a URL names, or null when it points elsewhere (another site). */
export function bundlePath(check: BundleCheck, url: string): string | null {
  const u = url.trim();
  let rel: string | null = null;
  if (check.base !== '' && u.startsWith(check.base)) rel = u.slice(check.base.length);
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('//')) rel = u.replace(/^\.?\//, '');
  if (rel === null) return null;
  try {
    return decodeURIComponent(rel.split(/[?#]/)[0] ?? '');
  } catch {
    return rel;
  }
}

export const isAbsoluteWebUrl = (url: string): boolean => /^https?:\/\/[^/\s]+/i.test(url.trim());
