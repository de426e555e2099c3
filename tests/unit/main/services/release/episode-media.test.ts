// A release whose episodes carry their own artwork and transcripts, checked by readers nobody
// here wrote (fast-xml-parser, podcast-partytime, rss-parser, music-metadata): item itunes:image,
// podcast:transcript per language, the files in the bundle with the manifest's hashes, the MP3
// copies' APIC picture, byte-identical exports; then the preflight on broken media, and a
// bundle folder that lost a transcript.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFile } from 'music-metadata';
import { parseFeed } from 'podcast-partytime';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEpisodeArtwork } from '../../../../../src/main/services/artwork/import-episode-artwork.js';
import { Library } from '../../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../../src/main/services/release/export-release.js';
import { validateFolder, validateReleaseShow } from '../../../../../src/main/services/release/preflight.js';
import { releaseChanges } from '../../../../../src/main/services/release/release-changes.js';
import { importTranscript } from '../../../../../src/main/services/transcripts/import-transcript.js';
import type { Release, ReleaseFinding, ReleaseReport } from '../../../../../src/shared/domain/types.js';
import { makeImage } from '../../../../helpers/make-image.js';
import { GOOD_LOUDNESS, makeFixture, makeMedia, NOW, type Fixture, type FixtureMedia } from './release-fixture.js';

const BASE = 'https://example.org/raccords/';
const VTT_FR = 'WEBVTT\n\n00:00.000 --> 00:04.000\n<v Hélène>Bienvenue.\n\n00:04.000 --> 00:11.500\n<v Jérôme>Merci &amp; bonjour.\n';
const SRT_EN = '1\n00:00:00,000 --> 00:00:04,000\nWelcome.\n\n2\n00:00:04,000 --> 00:00:10,000\nThank you.\n';
const JSON_EN = JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Ana', startTime: 0, endTime: 7, body: 'Budgets.' }] });

let tmp: string;
let media: FixtureMedia;
let files: { vttFr: string; srtEn: string; jsonEn: string; cover: string; small: string; gray: string; late: string };
let library: Library;
let fx: Fixture;
let release: Release;
const inBundle = (rel: string) => path.join(release.folder, ...rel.split('/'));
const text = (rel: string) => fs.readFileSync(inBundle(rel), 'utf8');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const xml = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['item', 'podcast:transcript'].includes(n),
});

/** A fixture show whose French-audio episode has its own artwork and both transcripts, the English one a JSON transcript. */
async function withMedia(lib: Library): Promise<Fixture> {
  const f = await makeFixture(lib, media);
  await importEpisodeArtwork(lib, f.french.id, files.cover);
  await importTranscript(lib, { episodeId: f.french.id, lang: 'fr', path: files.vttFr });
  await importTranscript(lib, { episodeId: f.french.id, lang: 'en', path: files.srtEn });
  await importTranscript(lib, { episodeId: f.english.id, lang: 'en', path: files.jsonEn });
  return f;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-episode-media-'));
  media = await makeMedia(tmp);
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(tmp, name), content);
    return path.join(tmp, name);
  };
  files = {
    vttFr: write('ep1.fr.vtt', VTT_FR),
    srtEn: write('ep1.en.srt', SRT_EN),
    jsonEn: write('ep2.en.json', JSON_EN),
    late: write('late.vtt', 'WEBVTT\n\n00:00.000 --> 00:30.000\nTrop long.\n'),
    cover: await makeImage(tmp, 'cover.jpg', '1400x1400', { color: 'red' }),
    small: await makeImage(tmp, 'small.png', '1000x1000'),
    gray: await makeImage(tmp, 'gray.png', '1400x1400', { pixFmt: 'gray' }),
  };
  library = Library.open(path.join(tmp, 'library'));
  fx = await withMedia(library);
  const result = await exportRelease(library, { showId: fx.show.id, zip: false, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS });
  if (result.status !== 'exported') throw new Error(`blocked: ${JSON.stringify(result.report.findings, null, 2)}`);
  release = result.release;
}, 90_000);

afterAll(() => {
  library?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a release with episode artwork and transcripts', () => {
  it('copies the artwork and each transcript into the bundle, listed in the manifest with their hashes', () => {
    const paths = release.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([
      'media/ep-1.jpg', 'transcripts/ep-1.fr.vtt', 'transcripts/ep-1.en.srt', 'transcripts/ep-2.en.json',
    ]));
    // The English-audio episode has no artwork of its own: the feed shows the show's.
    expect(paths.filter((p) => p.startsWith('media/'))).toEqual(['media/ep-1.jpg', 'media/ep-1.mp3', 'media/ep-2.mp3']);
    const manifest = JSON.parse(text('manifest.json')) as { files: { path: string; size: number; sha256: string }[] };
    const sources: Record<string, string> = {
      'media/ep-1.jpg': files.cover, 'transcripts/ep-1.fr.vtt': files.vttFr, 'transcripts/ep-1.en.srt': files.srtEn,
      'transcripts/ep-2.en.json': files.jsonEn,
    };
    for (const [rel, source] of Object.entries(sources)) {
      const listed = manifest.files.find((f) => f.path === rel);
      const bytes = fs.readFileSync(inBundle(rel));
      expect(listed, rel).toEqual({ path: rel, size: bytes.length, sha256: sha(bytes) });
      // Copied as chosen, byte for byte.
      expect(sha(bytes), rel).toBe(sha(fs.readFileSync(source)));
    }
  });

  it('gives the item its own itunes:image and one podcast:transcript per language, this feed’s first (fast-xml-parser)', () => {
    for (const lang of ['fr', 'en'] as const) {
      const [budget, innovation] = xml.parse(text(`feed.${lang}.xml`)).rss.channel.item;
      expect(innovation['itunes:image']).toEqual({ '@_href': `${BASE}media/ep-1.jpg` });
      const transcripts = innovation['podcast:transcript'].map((t: Record<string, string>) => [t['@_url'], t['@_type'], t['@_language'], t['@_rel']]);
      const fr = [`${BASE}transcripts/ep-1.fr.vtt`, 'text/vtt', 'fr-CA', 'captions'];
      const en = [`${BASE}transcripts/ep-1.en.srt`, 'application/x-subrip', 'en-CA', 'captions'];
      expect(transcripts).toEqual(lang === 'fr' ? [fr, en] : [en, fr]);
      expect(budget['itunes:image']).toBeUndefined();
      expect(budget['podcast:transcript']).toEqual([
        { '@_url': `${BASE}transcripts/ep-2.en.json`, '@_type': 'application/json', '@_language': 'en-CA', '@_rel': 'captions' },
      ]);
    }
  });

  it('is read by podcast-partytime: item images and transcripts with type, language and rel', () => {
    const feed = parseFeed(text('feed.fr.xml'));
    const [budget, innovation] = feed?.items ?? [];
    expect(innovation?.itunesImage).toBe(`${BASE}media/ep-1.jpg`);
    expect(innovation?.podcastTranscripts).toEqual([
      { url: `${BASE}transcripts/ep-1.fr.vtt`, type: 'text/vtt', language: 'fr-CA', rel: 'captions' },
      { url: `${BASE}transcripts/ep-1.en.srt`, type: 'application/srt', language: 'en-CA', rel: 'captions' },
    ]);
    expect(budget?.itunesImage).toBeUndefined();
    expect(budget?.podcastTranscripts?.map((t) => t.type)).toEqual(['application/json']);
  });

  it('is read by rss-parser: the item’s itunes image and its transcripts', async () => {
    const feed = await new Parser<object, { transcripts: { $: Record<string, string> }[]; itunes?: { image?: string } }>({
      customFields: { item: [['podcast:transcript', 'transcripts', { keepArray: true }]] },
    }).parseString(text('feed.en.xml'));
    const innovation = feed.items[1];
    expect(innovation?.itunes?.image).toBe(`${BASE}media/ep-1.jpg`);
    expect(innovation?.transcripts.map((t) => t.$.language)).toEqual(['en-CA', 'fr-CA']);
    expect(feed.items[0]?.itunes?.image).toBeUndefined();
  });

  it('puts the episode’s artwork in its MP3 copy (APIC), the show’s in the other one', async () => {
    const own = (await parseFile(inBundle('media/ep-1.mp3'))).common.picture?.[0];
    expect(own?.format).toBe('image/jpeg');
    expect(sha(Buffer.from(own?.data ?? []))).toBe(sha(fs.readFileSync(files.cover)));
    const show = (await parseFile(inBundle('media/ep-2.mp3'))).common.picture?.[0];
    expect(show?.format).toBe('image/png');
    expect(sha(Buffer.from(show?.data ?? []))).toBe(sha(fs.readFileSync(media.art)));
  });

  it('exports again into the next folder byte for byte (feeds, media, transcripts)', async () => {
    const again = await exportRelease(library, { showId: fx.show.id, zip: false, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS });
    if (again.status !== 'exported') throw new Error('blocked');
    const same = (f: { path: string }) => !['manifest.json', 'report.json', 'report.html'].includes(f.path);
    expect(again.release.files.filter(same)).toEqual(release.files.filter(same));
  });

  it('says the episode’s metadata changed since the release when its artwork changes', async () => {
    expect((await releaseChanges(library, fx.show.id, { now: NOW })).changes.every((c) => c.kind === 'unchanged')).toBe(true);
    await importEpisodeArtwork(library, fx.french.id, files.small);
    const changed = (await releaseChanges(library, fx.show.id, { now: NOW })).changes.find((c) => c.episodeId === fx.french.id);
    expect(changed).toMatchObject({ kind: 'changed', parts: ['metadata'] });
    await importEpisodeArtwork(library, fx.french.id, files.cover);
  });
});

describe('the preflight of episode media', () => {
  const fresh = async () => {
    const lib = Library.open(fs.mkdtempSync(path.join(tmp, 'lib-')));
    return { lib, f: await withMedia(lib) };
  };
  const check = (lib: Library, f: Fixture) => validateReleaseShow(lib, f.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS });
  const codes = (report: ReleaseReport) => report.findings.map((x) => `${x.severity}:${x.code}`);
  const only = (report: ReleaseReport, code: string): ReleaseFinding => {
    const list = report.findings.filter((x) => x.code === code);
    expect(list, JSON.stringify(codes(report))).toHaveLength(1);
    return list[0] as ReleaseFinding;
  };

  it('finds nothing wrong with good artwork and transcripts', async () => {
    const { lib, f } = await fresh();
    expect((await check(lib, f)).findings).toEqual([]);
    lib.close();
  });

  it('judges the episode’s artwork like the show’s, once for both feeds, pointing at the episode', async () => {
    const { lib, f } = await fresh();
    await importEpisodeArtwork(lib, f.french.id, files.small);
    const size = only(await check(lib, f), 'artwork_size');
    expect(size).toMatchObject({ severity: 'error', where: { scope: 'episode', episodeId: f.french.id, field: 'artwork', file: 'media/ep-1.png' } });
    expect(size.message.fr).toContain('1000 × 1000 px');
    expect(size.fix.en).toContain('Episode Details tab');
    await importEpisodeArtwork(lib, f.french.id, files.gray);
    expect(only(await check(lib, f), 'artwork_not_rgb').severity).toBe('error');
    lib.close();
  });

  it('blocks on an artwork or transcript copy lost or changed in the library, and leaves it out of the feed', async () => {
    const { lib, f } = await fresh();
    const episode = lib.episodes.get(f.french.id);
    fs.rmSync(lib.assets.get(episode.artwork?.assetId as number).path);
    fs.appendFileSync(episode.transcripts.find((t) => t.lang === 'en')?.path as string, '\n3\n00:00:10,000 --> 00:00:11,000\nAjout.\n');
    const report = await check(lib, f);
    expect(only(report, 'artwork_missing')).toMatchObject({ severity: 'error', where: { scope: 'episode', episodeId: f.french.id, field: 'artwork' } });
    expect(only(report, 'transcript_missing')).toMatchObject({ severity: 'error', where: { scope: 'episode', field: 'transcripts', lang: 'en' } });
    expect(report.findings.filter((x) => x.code === 'file_missing')).toEqual([]);
    const blocked = await exportRelease(lib, { showId: f.show.id, zip: false, allowWarnings: true, now: NOW, loudnessOf: GOOD_LOUDNESS });
    expect(blocked.status).toBe('blocked');
    lib.close();
  });

  it('warns when a transcript runs past the end of the audio', async () => {
    const { lib, f } = await fresh();
    await importTranscript(lib, { episodeId: f.english.id, lang: 'fr', path: files.late });
    const late = only(await check(lib, f), 'transcript_outside_duration');
    expect(late).toMatchObject({ severity: 'warning', where: { scope: 'episode', episodeId: f.english.id, lang: 'fr' } });
    expect(late.message.en).toContain('runs to 0:30');
    lib.close();
  });

  it('finds a transcript the feed names but the bundle folder lost', async () => {
    const dir = path.join(tmp, 'lost-transcript');
    fs.cpSync(release.folder, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'transcripts', 'ep-1.en.srt'));
    const report = await validateFolder(dir, { now: NOW });
    const missing = report.findings.filter((x) => x.code === 'file_missing');
    expect(missing.map((x) => [x.severity, x.where.file, x.where.field])).toEqual([
      ['error', 'transcripts/ep-1.en.srt', 'transcript'], ['error', 'transcripts/ep-1.en.srt', 'transcript'],
    ]);
    expect(missing.map((x) => x.where.lang).sort()).toEqual(['en', 'fr']);
    expect(codes(report)).toContain('error:manifest_mismatch');
  });
});
