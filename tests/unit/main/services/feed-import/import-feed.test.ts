// Feed import on real feeds nobody here wrote (../shared/samples/feeds, from podcast-partytime's
// fixtures) and on hand-made ones: a new show with its guids kept, notes in Markdown, persons,
// Podlove and local JSON chapters, remote media flagged for relink; malformed feeds create nothing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEpisodeAudio, relinkAudio } from '../../../../../src/main/services/audio/file-integrity.js';
import { importFeed } from '../../../../../src/main/services/feed-import/import-feed.js';
import { assetMediaResponse } from '../../../../../src/main/host/media-response.js';
import { validateReleaseShow } from '../../../../../src/main/services/release/preflight.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { useLibrary } from '../library/temp-library.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const sample = (name: string) => fs.readFileSync(path.resolve(repoRoot, '..', 'shared', 'samples', 'feeds', name), 'utf8');
const lib = useLibrary();
let dir: string;
let mp3: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-feed-'));
  mp3 = await makeAudio(dir, { name: 'relinked.mp3', format: 'mp3', seconds: 3 });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Rows in a table, read through a second connection (the library keeps its own private). */
function count(table: 'shows' | 'assets' | 'episodes'): number {
  const db = new Database(lib().dbPath, { readonly: true });
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
}

describe('feed import of real feeds', () => {
  it('the podcast namespace example: persons, seasons, guids, remote media, chapters URLs noted', async () => {
    const result = await importFeed(lib(), { text: sample('example.xml') });
    const { show } = result;
    expect(show).toMatchObject({
      slug: 'podcasting-2-0-namespace-example',
      title: { fr: '', en: 'Podcasting 2.0 Namespace Example' },
      languages: { fr: 'fr-CA', en: 'en-US' },
      author: 'John Doe',
      categories: ['News', 'Technology'],
      explicit: false,
      website: 'http://example.com/podcast',
    });
    expect(show.description.en).toContain('example of the "podcast" namespace');
    expect(result).toMatchObject({ episodes: 3, remoteMedia: 3, chapters: 0 });
    expect(result.notes.map((n) => n.en).join('\n')).toContain('3 online chapters file(s)');
    expect(lib().releases.settings(show.id)).toMatchObject({ locked: true, itunesType: 'episodic', guidFeed: 'en' });

    const episodes = lib().episodes.list({ showId: show.id }).map((e) => lib().episodes.get(e.id));
    const third = episodes.find((e) => e.number === 3);
    expect(third).toMatchObject({
      guid: 'https://example.com/ep0003', season: 1, spoken: 'en', status: 'published', publishedAt: '2020-10-09T04:30:38Z',
      title: { fr: '', en: 'Episode 3 - The Future' },
      summary: { fr: '', en: 'A look into the future of podcasting and how we get to Podcasting 2.0!' },
    });
    expect(third?.persons.map((p) => [p.name, p.role, p.group])).toEqual([
      ['Adam Curry', 'host', 'cast'], ['Dave Jones', 'guest', 'cast'], ['Becky Smith', 'cover art designer', 'visuals'],
    ]);
    expect(third?.audio).toMatchObject({ kind: 'audio', path: '', size: 76_606_111, mime: 'audio/mpeg' });
    expect(lib().feedRows.remoteUrl(third?.audio?.id as number)).toBe('https://mp3s.nashownotes.com/PC20-17-2020-12-25-Final.mp3');
  });

  it('remote media is treated as missing everywhere (integrity, media route, release) until relinked', async () => {
    const { show } = await importFeed(lib(), { text: sample('example.xml') });
    const [first] = lib().episodes.list({ showId: show.id });
    const episode = lib().episodes.get(first?.id as number);
    expect(await checkEpisodeAudio(lib(), episode.id)).toMatchObject({ state: 'missing' });
    expect(assetMediaResponse(lib(), episode.audio?.id as number, null).status).toBe(404);
    const report = await validateReleaseShow(lib(), show.id, { now: new Date('2026-01-01T00:00:00Z'), loudnessOf: async () => null });
    expect(report.findings.filter((f) => f.code === 'audio_needs_relink')).toHaveLength(3);
    expect(report.findings.find((f) => f.code === 'artwork_missing')?.message.en).toContain('pci_avatar-massive.jpg');

    const relinked = await relinkAudio(lib(), { episodeId: episode.id, path: mp3 });
    expect(relinked.audio).toMatchObject({ path: mp3, container: 'mpeg' });
    expect(relinked.guid).toBe(episode.guid);
    expect(await checkEpisodeAudio(lib(), episode.id)).toEqual({ state: 'ok' });
    expect(lib().feedRows.remoteUrl(relinked.audio?.id as number)).toBe('');
  });

  it('Changing the Tide: plain-text notes escaped, owner, copyright entity, durations, base URL from the self link', async () => {
    const result = await importFeed(lib(), { text: sample('changing-the-tide.xml'), slug: 'tide' });
    expect(result.show).toMatchObject({
      slug: 'tide', ownerEmail: 'jonathan@crabtree.tech', ownerName: 'Jonathan Crabtree', copyright: '© 2022 Jonathan Crabtree',
      baseUrl: 'https://podcasts.subsplash.com/8f2y3mw/', languages: { en: 'en' }, categories: ['Technology'],
    });
    expect(result.episodes).toBe(15);
    const episodes = lib().episodes.list({ showId: result.show.id }).map((e) => lib().episodes.get(e.id));
    const andy = episodes.find((e) => e.guid === 'baffe8902e8478c8c8482fd094cedd8c');
    expect(andy?.durationMs).toBe(4_385_000);
    expect(andy?.title.en).toBe('0.00000015: Andy Schroder, Distributed Charge + A0');
    // Plain text: the asterisks of "*Note: …**" are escaped, so they stay asterisks.
    expect(andy?.summary.en).toContain('\\*Note: Nothing in this podcast');
    expect(andy?.summary.en.length).toBeLessThanOrEqual(4000);
  });

  it('DW’s German feed: the second (English) side, "clean" as not explicit, mm:ss durations, nested category', async () => {
    const result = await importFeed(lib(), { text: sample('dk-podcast.xml') });
    expect(result.show).toMatchObject({ languages: { en: 'de' }, explicit: false, categories: ['Education > Language Learning'] });
    expect(result.notes[0]?.en).toContain('"de" is neither French nor English');
    expect(result.episodes).toBe(59);
    const episodes = lib().episodes.list({ showId: result.show.id }).map((e) => lib().episodes.get(e.id));
    expect(episodes.find((e) => e.guid === '61170826')?.durationMs).toBe(420_000);
    expect(episodes.every((e) => e.spoken === 'en' && e.explicit === false)).toBe(true);
  });
});

const FRENCH_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:pod="https://podcastindex.org/namespace/1.0"
  xmlns:psc="http://podlove.org/simple-chapters" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Les Ondes</title><language>fr-CA</language><description>Une émission.</description>
  <pod:guid>c0ffee00-0000-5000-8000-000000000001</pod:guid>
  <pod:person role="host" img="https://x.org/a.jpg">Hélène</pod:person>
  <itunes:type>serial</itunes:type>
  <item>
    <title>Premier</title><guid isPermaLink="false">g-1</guid><itunes:episode>1</itunes:episode>
    <content:encoded><![CDATA[<p>Bonjour <b>monde</b> &amp; <a href="https://x.org">lien</a></p><ul><li>un</li></ul>]]></content:encoded>
    <enclosure url="https://cdn.example/1.mp3" length="100" type="audio/mpeg"/>
    <psc:chapters version="1.2">
      <psc:chapter start="00:00:00.000" title="Ouverture"/>
      <psc:chapter start="00:01:30.500" title="Suite &amp; fin" href="https://x.org/suite"/>
    </psc:chapters>
  </item>
  <item>
    <title>Deuxième</title><guid>g-2</guid><itunes:episode>1</itunes:episode>
    <pod:chapters url="chapters/g2.json" type="application/json+chapters"/>
    <enclosure url="https://cdn.example/2.mp3" length="200" type="audio/mpeg"/>
  </item>
  <item><title>Doublon</title><guid>g-1</guid></item>
</channel>
</rss>`;

describe('feed import of hand-made feeds', () => {
  it('a French feed with another namespace prefix: Podlove and local JSON chapters, duplicate numbers and guids', async () => {
    const chaptersJson = JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 0, title: 'A' }, { startTime: 12.5, title: 'B' }] });
    const read: string[] = [];
    const result = await importFeed(lib(), {
      text: FRENCH_FEED,
      readLocalFile: async (href) => {
        read.push(href);
        return href === 'chapters/g2.json' ? chaptersJson : null;
      },
    });
    expect(read).toEqual(['chapters/g2.json']);
    expect(result.show).toMatchObject({ slug: 'les-ondes', title: { fr: 'Les Ondes', en: '' }, languages: { fr: 'fr-CA' } });
    expect(lib().releases.settings(result.show.id)).toMatchObject({
      itunesType: 'serial', guidFeed: 'fr', podcastGuid: { fr: 'c0ffee00-0000-5000-8000-000000000001', en: null },
    });
    expect(lib().shows.hosts(result.show.id).map((h) => [h.name, h.role])).toEqual([['Hélène', 'host']]);
    expect(result).toMatchObject({ episodes: 2, chapters: 4 });
    expect(result.notes.map((n) => n.en)).toEqual(expect.arrayContaining([
      expect.stringContaining('appears twice'), expect.stringContaining('number 1 already used'),
    ]));
    const [second, first] = lib().episodes.list({ showId: result.show.id }).map((e) => lib().episodes.get(e.id))
      .sort((a, b) => (a.guid < b.guid ? 1 : -1));
    expect(first).toMatchObject({ guid: 'g-1', number: 1, spoken: 'fr', summary: { fr: 'Bonjour **monde** & [lien](https://x.org)\n\n- un' } });
    expect(second).toMatchObject({ guid: 'g-2', number: null });
    expect(lib().chapters.list(first?.id as number).map((c) => [c.startMs, c.title.fr, c.url])).toEqual([
      [0, 'Ouverture', ''], [90_500, 'Suite & fin', 'https://x.org/suite'],
    ]);
    expect(lib().chapters.list(second?.id as number).map((c) => [c.startMs, c.title.fr])).toEqual([[0, 'A'], [12_500, 'B']]);
  });

  it('malformed or non-RSS text is refused with the line, and nothing is created', async () => {
    const before = { shows: count('shows'), assets: count('assets'), episodes: count('episodes') };
    await expect(importFeed(lib(), { text: '<rss><channel><title>x</title><item></channel></rss>' }))
      .rejects.toMatchObject({ code: 'feed_malformed', details: { line: 1 } });
    await expect(importFeed(lib(), { text: '<html><body>Not a feed</body></html>' })).rejects.toMatchObject({ code: 'feed_malformed' });
    await expect(importFeed(lib(), { text: '<rss><channel></channel></rss>' })).rejects.toMatchObject({ code: 'feed_malformed' });
    expect({ shows: count('shows'), assets: count('assets'), episodes: count('episodes') }).toEqual(before);
  });

  it('a feed whose episodes are already in the library is refused whole, and a taken --slug too', async () => {
    await importFeed(lib(), { text: sample('example.xml') });
    const before = { shows: count('shows'), assets: count('assets') };
    await expect(importFeed(lib(), { text: sample('example.xml'), slug: 'again' })).rejects.toMatchObject({ code: 'duplicate', details: { field: 'guid' } });
    await expect(importFeed(lib(), { text: FRENCH_FEED, slug: 'podcasting-2-0-namespace-example' })).rejects.toMatchObject({ code: 'duplicate' });
    expect({ shows: count('shows'), assets: count('assets') }).toEqual(before);
  });
});
