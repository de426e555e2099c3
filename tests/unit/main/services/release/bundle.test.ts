// A real release of a real show, checked by readers nobody here wrote: the feeds by fast-xml-parser,
// podcast-partytime and rss-parser, the chapters by a JSON Schema of the spec (ajv), the MP3 copies'
// ID3 chapters by ffprobe and music-metadata, the manifest's hashes recomputed from the files.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFile } from 'music-metadata';
import { parseFeed } from 'podcast-partytime';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../../src/main/services/release/export-release.js';
import { podcastGuidOf } from '../../../../../src/main/services/release/feed-urls.js';
import type { Release } from '../../../../../src/shared/domain/types.js';
import { CHAPTERS_SCHEMA } from './chapters-json-schema.js';
import { GOOD_LOUDNESS, HOSTILE, makeFixture, NOW, type Fixture } from './release-fixture.js';

const run = promisify(execFile);
let tmp: string;
let library: Library;
let fx: Fixture;
let release: Release;
const file = (rel: string) => path.join(release.folder, ...rel.split('/'));
const text = (rel: string) => fs.readFileSync(file(rel), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['item', 'podcast:person', 'atom:link'].includes(n) });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-bundle-'));
  library = Library.open(path.join(tmp, 'library'));
  fx = await makeFixture(library, tmp);
  // Hostile text where feeds break: a title, notes, a chapter title and a guest's name.
  library.episodes.update(fx.english.id, {
    title: { fr: 'Le budget participatif', en: `Budget ${HOSTILE}` },
    summary: { fr: 'Un budget voté par les citoyens.', en: `Notes: ${HOSTILE}` },
  });
  library.episodes.setPersons(fx.english.id, [{ name: `Ana ${HOSTILE}`.slice(0, 60), role: 'guest', group: 'cast', img: '', href: '' }]);
  library.chapters.replaceAll(fx.english.id, [
    { startMs: 0, title: { fr: 'Début', en: `Start ${HOSTILE}` } },
    { startMs: 3000, title: { fr: 'Suite', en: 'More' } },
    { startMs: 6000, title: { fr: 'Fin', en: 'End' }, hidden: true },
  ]);
  const result = await exportRelease(library, { showId: fx.show.id, zip: true, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS });
  if (result.status !== 'exported') throw new Error(`blocked: ${JSON.stringify(result.report.findings, null, 2)}`);
  release = result.release;
}, 60_000);

afterAll(() => {
  library?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('release bundle', () => {
  it('lays out the bundle in <library>/releases/<date>-<n>/ with a zip beside it', () => {
    expect(release.key).toBe('2026-03-05-1');
    expect(release.folder).toBe(path.join(library.dir, 'releases', '2026-03-05-1'));
    expect(release.zipPath).toBe(`${release.folder}.zip`);
    expect(release.files.map((f) => f.path)).toEqual([
      'artwork.png', 'chapters/ep-1.en.json', 'chapters/ep-1.fr.json', 'chapters/ep-2.en.json', 'chapters/ep-2.fr.json',
      'feed.en.xml', 'feed.fr.xml', 'media/ep-1.mp3', 'media/ep-2.mp3', 'notes/ep-1.en.html', 'notes/ep-1.fr.html',
      'notes/ep-2.en.html', 'notes/ep-2.fr.html', 'report.html', 'report.json', 'manifest.json',
    ].sort());
    expect(fs.readdirSync(path.dirname(release.folder)).sort()).toEqual(['2026-03-05-1', '2026-03-05-1.zip']);
  });

  it('writes two well-formed RSS 2.0 feeds with the four namespaces, read back by fast-xml-parser', () => {
    for (const lang of ['fr', 'en'] as const) {
      const feed = text(`feed.${lang}.xml`);
      expect(XMLValidator.validate(feed)).toBe(true);
      const rss = xml.parse(feed).rss;
      expect(rss['@_version']).toBe('2.0');
      for (const ns of ['itunes', 'podcast', 'content', 'atom']) expect(rss[`@_xmlns:${ns}`]).toBeTruthy();
      const channel = rss.channel;
      expect(channel.language).toBe(lang === 'fr' ? 'fr-CA' : 'en-CA');
      expect(channel['podcast:guid']).toBe(podcastGuidOf(`https://example.org/raccords/feed.${lang}.xml`));
      expect(channel['podcast:locked']).toMatchObject({ '#text': 'yes', '@_owner': 'equipe@example.org' });
      expect(channel['itunes:image']['@_href']).toBe('https://example.org/raccords/artwork.png');
      expect(channel['itunes:type']).toBe('episodic');
      expect(channel['atom:link'][0]).toMatchObject({ '@_rel': 'self', '@_href': `https://example.org/raccords/feed.${lang}.xml` });
      expect(channel['podcast:podroll']['podcast:remoteItem']['@_feedUrl']).toBe(`https://example.org/raccords/feed.${lang === 'fr' ? 'en' : 'fr'}.xml`);
      expect(channel['lastBuildDate']).toBe('Thu, 05 Mar 2026 12:00:00 +0000');
      const items = channel.item;
      expect(items).toHaveLength(2);
      // Newest first; the English-audio episode carries the label in the French feed only.
      expect(items[0].title).toBe(lang === 'fr' ? 'Le budget participatif (en anglais)' : `Budget ${HOSTILE}`);
      expect(items[1].title).toBe(lang === 'fr' ? 'Les élus et l’innovation' : 'Councillors and innovation (in French)');
      expect(items[1].pubDate).toBe('Wed, 04 Mar 2026 06:00:00 -0500');
      expect(items[1].guid).toMatchObject({ '@_isPermaLink': 'false' });
      const size = fs.statSync(file('media/ep-1.mp3')).size;
      expect(items[1].enclosure).toEqual({ '@_url': 'https://example.org/raccords/media/ep-1.mp3', '@_length': String(size), '@_type': 'audio/mpeg' });
      expect(items[1]['itunes:duration']).toBe('12');
      expect(items[1]['podcast:chapters']['@_url']).toBe(`https://example.org/raccords/chapters/ep-1.${lang}.json`);
      // Item persons replace the channel's: the host is repeated before the guest.
      expect(items[1]['podcast:person'].map((p: { '#text': string }) => p['#text'])).toEqual(['Hélène Tremblay', 'Jérôme Côté']);
    }
  });

  it('gives each feed its own item guids, stable and never the same across feeds', () => {
    const fr = xml.parse(text('feed.fr.xml')).rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text']);
    const en = xml.parse(text('feed.en.xml')).rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text']);
    expect(fr).toEqual([fx.english.guid, fx.french.guid]);
    expect(new Set([...fr, ...en]).size).toBe(4);
    expect(release.episodes.map((e) => e.guids)).toEqual([
      { fr: fx.french.guid, en: en[1] }, { fr: fx.english.guid, en: en[0] },
    ]);
  });

  it('is read by podcast-partytime, a podcast feed parser from npm', () => {
    const feed = parseFeed(text('feed.en.xml'));
    expect(feed).not.toBeNull();
    expect(feed?.title).toBe('Connections');
    expect(feed?.guid).toBe(podcastGuidOf('https://example.org/raccords/feed.en.xml'));
    expect(feed?.locked).toBe(true);
    expect(feed?.items).toHaveLength(2);
    const [budget, innovation] = feed?.items ?? [];
    expect(budget?.title).toBe(`Budget ${HOSTILE}`);
    expect(budget?.enclosure.length).toBe(fs.statSync(file('media/ep-2.mp3')).size);
    expect(innovation?.podcastChapters?.url).toBe('https://example.org/raccords/chapters/ep-1.en.json');
    // partytime capitalises taxonomy roles for display.
    expect(innovation?.podcastPeople?.map((p) => [p.name, p.role.toLowerCase()])).toEqual([['Hélène Tremblay', 'host'], ['Jérôme Côté', 'guest']]);
    expect(innovation?.itunesEpisode).toBe(1);
    expect(innovation?.pubDate?.toISOString()).toBe('2026-03-04T11:00:00.000Z');
  });

  it('is read by rss-parser, with the hostile text intact and the notes HTML escaped', async () => {
    const feed = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(text('feed.en.xml'));
    const budget = feed.items[0];
    expect(budget?.title).toBe(`Budget ${HOSTILE}`);
    const html = String(budget?.['content:encoded'] ?? budget?.content);
    // The notes are HTML: the text's markup is escaped in it, `]]>` included; decoded, it is the text again.
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;gras&lt;/b&gt; ]]&gt; fin 🎙️ שלום عربي');
    expect(html).not.toContain('<b>');
  });

  it('escapes hostile text in the raw XML and splits no CDATA wrongly', () => {
    const raw = text('feed.en.xml');
    expect(raw).toContain(`<title>Budget Tom &amp; Jerry &lt;b&gt;gras&lt;/b&gt; ]]&gt; fin 🎙️ שלום عربي</title>`);
    expect(raw).not.toMatch(/<b>gras/);
  });

  it('writes chapters JSON valid against a JSON Schema of Podcasting 2.0 chapters 1.2, per language', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(CHAPTERS_SCHEMA);
    for (const rel of ['chapters/ep-1.fr.json', 'chapters/ep-1.en.json', 'chapters/ep-2.fr.json', 'chapters/ep-2.en.json']) {
      const doc = JSON.parse(text(rel));
      expect(validate(doc), `${rel}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(JSON.parse(text('chapters/ep-1.fr.json')).chapters.map((c: { title: string }) => c.title)).toEqual(['Ouverture', 'Entrevue', 'Conclusion']);
    expect(JSON.parse(text('chapters/ep-1.en.json')).chapters.map((c: { title: string }) => c.title)).toEqual(['Opening', 'Interview', 'Wrap-up']);
    const en2 = JSON.parse(text('chapters/ep-2.en.json'));
    expect(en2.chapters[0].title).toBe(`Start ${HOSTILE}`);
    expect(en2.chapters[2]).toMatchObject({ startTime: 6, toc: false });
  });

  it('tags the MP3 copies with ID3v2.4 chapters that ffprobe reads back, in the audio’s language', async () => {
    const bytes = fs.readFileSync(file('media/ep-1.mp3'));
    expect([...bytes.subarray(0, 5)]).toEqual([0x49, 0x44, 0x33, 0x04, 0x00]);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_chapters', '-show_entries', 'format_tags', '-of', 'json', file('media/ep-1.mp3')]);
    const probe = JSON.parse(stdout);
    expect(probe.chapters.map((c: { start_time: string; end_time: string; tags: { title: string } }) => [c.start_time, c.end_time, c.tags.title])).toEqual([
      ['0.000000', '4.000000', 'Ouverture'], ['4.000000', '8.000000', 'Entrevue'], ['8.000000', '12.000000', 'Conclusion'],
    ]);
    expect(probe.format.tags).toMatchObject({ title: 'Les élus et l’innovation', artist: 'Équipe Raccords', album: 'Raccords', date: '2026' });
    const en = JSON.parse((await run('ffprobe', ['-v', 'error', '-show_chapters', '-of', 'json', file('media/ep-2.mp3')])).stdout);
    expect(en.chapters[0].tags.title).toBe(`Start ${HOSTILE}`);
  });

  it('writes CHAP sub-frames (URL, image link) and an ordered top-level CTOC that music-metadata reads', async () => {
    const meta = await parseFile(file('media/ep-1.mp3'));
    const frames = meta.native['ID3v2.4'] ?? [];
    const toc = frames.find((f) => f.id === 'CTOC')?.value as { flags: { topLevel: boolean; ordered: boolean }; childElementIds: string[] };
    expect(toc.flags).toEqual({ topLevel: true, ordered: true });
    expect(toc.childElementIds).toEqual(['chp0', 'chp1', 'chp2']);
    const chaps = frames.filter((f) => f.id === 'CHAP').map((f) => f.value as { info: { startTime: number; endTime: number }; frames: Map<string, unknown> });
    expect(chaps.map((c) => [c.info.startTime, c.info.endTime, c.frames.get('TIT2')])).toEqual([[0, 4000, 'Ouverture'], [4000, 8000, 'Entrevue'], [8000, 12000, 'Conclusion']]);
    expect(JSON.stringify([...chaps[0]!.frames.entries()])).toContain('https://example.org/ch1');
    expect(JSON.stringify([...chaps[1]!.frames.keys()])).toContain('APIC');
    expect(meta.common.picture?.[0]?.format).toBe('image/png');
    expect(meta.format.duration).toBeCloseTo(12, 0);
    // Hidden chapters keep their CHAP frame but stay out of the table of contents.
    const en = await parseFile(file('media/ep-2.mp3'));
    const enFrames = en.native['ID3v2.4'] ?? [];
    expect(enFrames.filter((f) => f.id === 'CHAP')).toHaveLength(3);
    expect((enFrames.find((f) => f.id === 'CTOC')?.value as { childElementIds: string[] }).childElementIds).toEqual(['chp0', 'chp1']);
  });

  it('never touches the original audio', async () => {
    const original = fx.french.audio;
    if (!original) throw new Error('no audio');
    const hash = createHash('sha256').update(fs.readFileSync(original.path)).digest('hex');
    expect(hash).toBe(original.sha256);
    expect(fs.statSync(original.path).mtimeMs).toBeCloseTo(original.mtimeMs, 0);
  });

  it('lists every other file in manifest.json with its size and SHA-256, recomputed here', () => {
    const manifest = JSON.parse(text('manifest.json'));
    expect(manifest).toMatchObject({ format: 'balado-release/1', releaseId: '2026-03-05-1', show: 'raccords', releasedAt: NOW.toISOString() });
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    const onDisk: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else onDisk.push(path.relative(release.folder, path.join(dir, e.name)).split(path.sep).join('/'));
      }
    };
    walk(release.folder);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(onDisk.filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files as { path: string; size: number; sha256: string }[]) {
      const bytes = fs.readFileSync(file(f.path));
      expect(bytes.length, f.path).toBe(f.size);
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
    }
  });

  it('writes notes pages and the report, and the zip holds the same files', async () => {
    const notes = text('notes/ep-1.fr.html');
    expect(notes).toContain('<html lang="fr-CA">');
    expect(notes).toContain('<strong>français</strong>');
    expect(text('notes/ep-2.en.html')).toContain('Tom &amp; Jerry &lt;b&gt;gras&lt;/b&gt; ]]&gt;');
    const report = JSON.parse(text('report.json'));
    expect(report).toMatchObject({ releaseId: '2026-03-05-1', counts: { error: 0, warning: 0, info: 0 }, episodes: 2 });
    expect(text('report.html')).toContain('No problem found');
    const { stdout } = await run('unzip', ['-l', release.zipPath as string]).catch(() => ({ stdout: '' }));
    if (stdout) for (const f of release.files) expect(stdout).toContain(`2026-03-05-1/${f.path}`);
  });

  it('records the release in the library with its files and episode versions', () => {
    const [listed] = library.releases.list(fx.show.id);
    expect(listed).toEqual(release);
    expect(listed?.files.find((f) => f.path === 'media/ep-1.mp3')?.size).toBe(fs.statSync(file('media/ep-1.mp3')).size);
    expect(listed?.episodes.map((e) => e.slug)).toEqual(['ep-1', 'ep-2']);
    expect(listed?.episodes[0]?.parts.audio).toBe(fx.french.audio?.sha256);
    expect(library.releases.settings(fx.show.id).podcastGuid).toEqual({
      fr: podcastGuidOf('https://example.org/raccords/feed.fr.xml'), en: podcastGuidOf('https://example.org/raccords/feed.en.xml'),
    });
  });

  it('exports the same library again into the next folder with byte-identical feeds, chapters, notes and media', async () => {
    const again = await exportRelease(library, { showId: fx.show.id, zip: false, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS });
    if (again.status !== 'exported') throw new Error('blocked');
    expect(again.release.key).toBe('2026-03-05-2');
    const same = (f: { path: string }) => !['manifest.json', 'report.json', 'report.html'].includes(f.path);
    expect(again.release.files.filter(same)).toEqual(release.files.filter(same));
    // The earlier release is untouched.
    expect(fs.existsSync(path.join(release.folder, 'feed.fr.xml'))).toBe(true);
    expect(library.releases.list(fx.show.id).map((r) => r.key)).toEqual(['2026-03-05-2', '2026-03-05-1']);
  });
});
