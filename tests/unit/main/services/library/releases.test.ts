// The releases repository: release settings of a show, feed adoption by import, and release
// records (files, episode versions, findings) with their podcast guids set once.

import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../../../../src/main/services/library/releases.js';
import { makeShow, thrown, useLibrary } from './temp-library.js';

const record = (showId: number, key: string, overrides: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
  showId, key, folder: `/releases/${key}`, zipPath: null, releasedAt: '2026-03-05T12:00:00.000Z', appVersion: '0.1.0',
  feedUrls: { fr: 'https://x.org/feed.fr.xml', en: 'https://x.org/feed.en.xml' }, counts: { error: 0, warning: 1, info: 0 },
  findings: [{ severity: 'warning', code: 'author_missing', message: { fr: 'a', en: 'a' }, where: { scope: 'show', field: 'author' }, fix: { fr: 'b', en: 'b' } }],
  files: [{ path: 'feed.fr.xml', size: 10, sha256: 'b'.repeat(64) }, { path: 'artwork.png', size: 5, sha256: 'c'.repeat(64) }],
  episodes: [{ episodeId: 7, slug: 'ep-1', title: { fr: 'Un', en: 'One' }, guids: { fr: 'g1', en: 'h1' }, version: 'v1',
    parts: { metadata: 'm', notes: 'n', chapters: 'c', audio: 'a'.repeat(64) } }],
  podcastGuids: { fr: 'pg-fr', en: 'pg-en' },
  ...overrides,
});

describe('library.releases', () => {
  const lib = useLibrary();

  it('has default release settings, changed by a validated patch', () => {
    const show = makeShow(lib());
    expect(lib().releases.settings(show.id)).toEqual({
      showId: show.id, itunesType: 'episodic', descriptionTimestamps: false, otherLanguageLabel: { fr: '(en anglais)', en: '(in French)' },
      locked: true, podcastGuid: { fr: null, en: null }, guidFeed: 'fr',
    });
    const updated = lib().releases.updateSettings(show.id, { itunesType: 'serial', descriptionTimestamps: true, otherLanguageLabel: { fr: '(EN)', en: '(FR)' } });
    expect(updated).toMatchObject({ itunesType: 'serial', descriptionTimestamps: true, otherLanguageLabel: { fr: '(EN)', en: '(FR)' } });
    expect(thrown(() => lib().releases.updateSettings(show.id, { itunesType: 'weekly' as 'serial' })).code).toBe('validation');
    expect(thrown(() => lib().releases.settings(999)).code).toBe('not_found');
  });

  it('adopts an imported feed: its language carries the episodes’ own guids, its podcast:guid is kept', () => {
    const show = makeShow(lib());
    expect(lib().releases.adoptFeed(show.id, 'en', 'imported-guid')).toMatchObject({ guidFeed: 'en', podcastGuid: { fr: null, en: 'imported-guid' } });
    // A later adoption never replaces a podcast guid already set.
    expect(lib().releases.adoptFeed(show.id, 'en', 'another').podcastGuid.en).toBe('imported-guid');
  });

  it('records a release with its files (by path), episodes and findings; newest first', () => {
    const show = makeShow(lib());
    const first = lib().releases.record(record(show.id, '2026-03-05-1'));
    expect(first.files.map((f) => f.path)).toEqual(['artwork.png', 'feed.fr.xml']);
    expect(first).toMatchObject({ key: '2026-03-05-1', counts: { warning: 1 }, feedUrls: { fr: 'https://x.org/feed.fr.xml' } });
    expect(first.findings[0]?.code).toBe('author_missing');
    expect(first.episodes[0]).toMatchObject({ episodeId: 7, guids: { fr: 'g1', en: 'h1' }, parts: { notes: 'n' } });
    lib().releases.record(record(show.id, '2026-03-06-1', { podcastGuids: { fr: 'changed', en: 'changed' } }));
    expect(lib().releases.list(show.id).map((r) => r.key)).toEqual(['2026-03-06-1', '2026-03-05-1']);
    expect(lib().releases.latest(show.id)?.key).toBe('2026-03-06-1');
    expect(lib().releases.settings(show.id).podcastGuid).toEqual({ fr: 'pg-fr', en: 'pg-en' });
    expect(lib().releases.history(show.id).map((h) => h.releaseKey)).toEqual(['2026-03-05-1', '2026-03-06-1']);
    expect(lib().releases.keysStartingWith('2026-03-05-')).toEqual(['2026-03-05-1']);
  });

  it('refuses a key twice, writing nothing of the second record', () => {
    const show = makeShow(lib());
    lib().releases.record(record(show.id, '2026-03-05-1'));
    expect(thrown(() => lib().releases.record(record(show.id, '2026-03-05-1'))).code).toBe('duplicate');
    expect(lib().releases.list(show.id)).toHaveLength(1);
    expect(lib().releases.latest(makeShow(lib(), { slug: 'autre' }).id)).toBeNull();
  });
});
