// The history of a show's releases: what changed since the last one (new, changed parts, removed),
// item guids that must never change or move, podcast:guid that stays when the feed moves.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../../src/main/services/release/export-release.js';
import { podcastGuidOf } from '../../../../../src/main/services/release/feed-urls.js';
import { validateReleaseShow } from '../../../../../src/main/services/release/preflight.js';
import { releaseChanges } from '../../../../../src/main/services/release/release-changes.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { useLibrary } from '../library/temp-library.js';
import { GOOD_LOUDNESS, makeFixture, makeMedia, NOW, type Fixture, type FixtureMedia } from './release-fixture.js';

let media: FixtureMedia;
let otherMp3: string;
const lib = useLibrary();
beforeAll(async () => {
  media = await makeMedia(fs.mkdtempSync(path.join(os.tmpdir(), 'balado-history-')));
  otherMp3 = await makeAudio(media.dir, { name: 'other.mp3', format: 'mp3', seconds: 5 });
}, 60_000);
afterAll(() => fs.rmSync(media.dir, { recursive: true, force: true }));

async function release(library: Library, fx: Fixture, allowWarnings = false) {
  const result = await exportRelease(library, { showId: fx.show.id, zip: false, allowWarnings, now: NOW, loudnessOf: GOOD_LOUDNESS });
  if (result.status !== 'exported') throw new Error(JSON.stringify(result.report.findings));
  return result.release;
}
const changesOf = async (library: Library, fx: Fixture) =>
  (await releaseChanges(library, fx.show.id, { now: NOW })).changes.map((c) => [c.slug, c.kind, c.parts]);

describe('release history', () => {
  it('says everything is new before the first release, and nothing changed right after it', async () => {
    const fx = await makeFixture(lib(), media);
    const before = await releaseChanges(lib(), fx.show.id, { now: NOW });
    expect(before.since).toBeNull();
    expect(before.changes.map((c) => [c.slug, c.kind])).toEqual([['ep-2', 'new'], ['ep-1', 'new']]);
    const first = await release(lib(), fx);
    const after = await releaseChanges(lib(), fx.show.id, { now: NOW });
    expect(after.since).toEqual({ key: first.key, releasedAt: NOW.toISOString() });
    expect(after.changes.every((c) => c.kind === 'unchanged')).toBe(true);
  });

  it('names the part that changed: metadata, notes, chapters, audio; new and removed episodes', async () => {
    const fx = await makeFixture(lib(), media);
    await release(lib(), fx);
    lib().episodes.update(fx.french.id, { summary: { fr: 'Notes revues.', en: 'Notes in *English*.' }, title: { fr: 'Nouveau titre', en: 'New title' } });
    lib().chapters.replaceAll(fx.english.id, [{ startMs: 0, title: { fr: 'Tout', en: 'All' } }]);
    await importAudio(lib(), { showId: fx.show.id, episodeId: fx.english.id, path: otherMp3 });
    expect(await changesOf(lib(), fx)).toEqual([['ep-2', 'changed', ['chapters', 'audio']], ['ep-1', 'changed', ['metadata', 'notes']]]);

    const third = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: media.enMp3 });
    lib().episodes.update(third.id, { status: 'ready', summary: { fr: 'x', en: 'x' }, publishedAt: '2026-03-18T06:00:00-04:00' });
    lib().episodes.update(fx.french.id, { status: 'draft' });
    const changes = await changesOf(lib(), fx);
    expect(changes[0]).toEqual([lib().episodes.get(third.id).slug, 'new', []]);
    expect(changes.at(-1)).toEqual(['ep-1', 'removed', []]);
    const removed = (await validateReleaseShow(lib(), fx.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS })).findings.find((f) => f.code === 'episode_removed');
    expect(removed).toMatchObject({ severity: 'warning', where: { episodeId: fx.french.id } });
  });

  it('refuses a release whose item guids changed or moved to another episode', async () => {
    const fx = await makeFixture(lib(), media);
    const first = await release(lib(), fx);
    // Changing whose guids are the episodes' own changes every derived guid: that must never ship.
    lib().releases.adoptFeed(fx.show.id, 'en', null);
    const report = await validateReleaseShow(lib(), fx.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS });
    const changed = report.findings.filter((f) => f.code === 'guid_changed');
    expect(changed.map((f) => [f.where.episodeId, f.where.lang]).sort()).toEqual(
      [[fx.french.id, 'en'], [fx.french.id, 'fr'], [fx.english.id, 'en'], [fx.english.id, 'fr']].sort());
    expect(changed[0]?.severity).toBe('error');
    expect(changed[0]?.message.en).toContain(first.key);
    const blocked = await exportRelease(lib(), { showId: fx.show.id, zip: false, allowWarnings: true, now: NOW, loudnessOf: GOOD_LOUDNESS });
    expect(blocked.status).toBe('blocked');
    lib().releases.adoptFeed(fx.show.id, 'fr', null);

    lib().releases.record({
      showId: fx.show.id, key: '2020-01-01-1', folder: '/gone', zipPath: null, releasedAt: '2020-01-01T00:00:00.000Z', appVersion: '0.0.1',
      feedUrls: { fr: '', en: '' }, counts: { error: 0, warning: 0, info: 0 }, findings: [], files: [],
      episodes: [{ episodeId: 999, slug: 'old', title: { fr: 'Ancien', en: 'Old' }, guids: { fr: fx.french.guid, en: 'x' }, version: 'v',
        parts: { metadata: 'm', notes: 'n', chapters: 'c', audio: 'a' } }],
      podcastGuids: { fr: 'a', en: 'b' },
    });
    const reused = (await validateReleaseShow(lib(), fx.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS })).findings.filter((f) => f.code === 'guid_reused');
    expect(reused.map((f) => [f.where.episodeId, f.where.lang])).toEqual([[fx.french.id, 'fr']]);
  });

  it('keeps podcast:guid when the base URL moves, and warns that the feed moved', async () => {
    const fx = await makeFixture(lib(), media);
    await release(lib(), fx);
    lib().shows.update(fx.show.id, { baseUrl: 'https://cdn.example.net/raccords/' });
    const report = await validateReleaseShow(lib(), fx.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS });
    expect(report.findings.filter((f) => f.code === 'feed_url_changed').map((f) => [f.severity, f.where.lang])).toEqual([['warning', 'fr'], ['warning', 'en']]);
    const moved = await release(lib(), fx, true);
    const feed = fs.readFileSync(path.join(moved.folder, 'feed.fr.xml'), 'utf8');
    expect(feed).toContain(`<podcast:guid>${podcastGuidOf('https://example.org/raccords/feed.fr.xml')}</podcast:guid>`);
    expect(feed).toContain('<atom:link href="https://cdn.example.net/raccords/feed.fr.xml" rel="self"');
    expect(moved.feedUrls.fr).toBe('https://cdn.example.net/raccords/feed.fr.xml');
  });
});
