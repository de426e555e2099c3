// `balado release validate DIR`: a bundle folder checked on its own (feeds, files, manifest),
// untouched and then damaged in the ways a copy to a host can damage it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../../src/main/services/release/export-release.js';
import { validateFolder } from '../../../../../src/main/services/release/preflight.js';
import type { ReleaseReport } from '../../../../../src/shared/domain/types.js';
import { GOOD_LOUDNESS, makeFixture, NOW } from './release-fixture.js';

let tmp: string;
let bundle: string;
let copies = 0;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-folder-'));
  const library = Library.open(path.join(tmp, 'library'));
  const fx = await makeFixture(library, tmp);
  bundle = path.join(tmp, 'bundle');
  const result = await exportRelease(library, { showId: fx.show.id, zip: false, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS, outDir: bundle });
  library.close();
  if (result.status !== 'exported') throw new Error('blocked');
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh copy of the bundle, damaged by `damage`, then validated. */
async function damaged(damage: (dir: string) => void): Promise<ReleaseReport> {
  const dir = path.join(tmp, `copy-${(copies += 1)}`);
  fs.cpSync(bundle, dir, { recursive: true });
  damage(dir);
  return validateFolder(dir, { now: NOW });
}
const edit = (dir: string, rel: string, change: (text: string) => string) => {
  const file = path.join(dir, rel);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
};
const codes = (report: ReleaseReport) => report.findings.map((f) => `${f.severity}:${f.code}`);

describe('validate a release folder', () => {
  it('finds nothing wrong with an untouched bundle', async () => {
    const report = await damaged(() => undefined);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ showId: null, episodes: 2 });
  });

  it('a missing media file: the feed names a file the bundle lacks, and the manifest says so', async () => {
    const report = await damaged((dir) => fs.rmSync(path.join(dir, 'media/ep-1.mp3')));
    expect(codes(report)).toEqual(expect.arrayContaining(['error:file_missing', 'error:manifest_mismatch']));
    expect(report.findings.find((f) => f.code === 'file_missing')?.where).toMatchObject({ scope: 'bundle', file: 'media/ep-1.mp3', field: 'audio' });
  });

  it('a media file that grew: the enclosure length no longer equals the file', async () => {
    const report = await damaged((dir) => fs.appendFileSync(path.join(dir, 'media/ep-2.mp3'), Buffer.alloc(7)));
    expect(report.findings.filter((f) => f.code === 'enclosure_length').map((f) => f.where.lang)).toEqual(['fr', 'en']);
    expect(codes(report)).toContain('error:manifest_mismatch');
  });

  it('a changed byte is caught by the SHA-256 of the manifest only', async () => {
    const report = await damaged((dir) => {
      const file = path.join(dir, 'media/ep-2.mp3');
      const bytes = fs.readFileSync(file);
      const at = bytes.length - 10;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
      fs.writeFileSync(file, bytes);
    });
    expect(codes(report)).toEqual(['error:manifest_mismatch']);
    expect(report.findings[0]?.message.en).toContain('SHA-256');
  });

  it('an added file is a warning; a missing manifest an error', async () => {
    expect(codes(await damaged((dir) => fs.writeFileSync(path.join(dir, 'extra.txt'), 'x')))).toEqual(['warning:manifest_mismatch']);
    expect(codes(await damaged((dir) => fs.rmSync(path.join(dir, 'manifest.json'))))).toEqual(['error:manifest_missing']);
  });

  it('a truncated feed does not parse as XML (line named); a missing feed is said', async () => {
    const broken = await damaged((dir) => edit(dir, 'feed.fr.xml', (t) => t.slice(0, Math.floor(t.length / 2))));
    const notXml = broken.findings.find((f) => f.code === 'feed_not_xml');
    expect(notXml?.message.en).toMatch(/^feed\.fr\.xml/);
    const missing = await damaged((dir) => fs.rmSync(path.join(dir, 'feed.en.xml')));
    expect(codes(missing)).toContain('error:feed_missing');
  });

  it('channel tags out of Apple’s rules are each named', async () => {
    const report = await damaged((dir) => edit(dir, 'feed.en.xml', (t) => t
      .replace('<itunes:explicit>false</itunes:explicit>', '<itunes:explicit>yes</itunes:explicit>')
      .replace('<language>en-CA</language>', '<language>english please</language>')
      .replace(/<itunes:author>[^<]*<\/itunes:author>/, '')
      .replace(/<itunes:owner>[\s\S]*?<\/itunes:owner>/, '')
      .replace(/<link>https:\/\/example.org\/raccords\/<\/link>/, '')
      .replace(/<itunes:image href="[^"]*"\/>/, '')
      .replace('<title>Connections</title>', '<title> Connections</title>')));
    for (const code of ['error:explicit_invalid', 'error:language_invalid', 'warning:author_missing', 'warning:owner_missing',
      'warning:link_missing', 'error:artwork_missing', 'warning:text_untrimmed']) {
      expect(codes(report), code).toContain(code);
    }
  });

  it('item tags out of the rules are each named', async () => {
    const report = await damaged((dir) => edit(dir, 'feed.en.xml', (t) => {
      const guids = [...t.matchAll(/<guid isPermaLink="false">([^<]+)<\/guid>/g)].map((m) => m[1]);
      return t
        .replace(`<guid isPermaLink="false">${guids[1]}</guid>`, `<guid isPermaLink="false">${guids[0]}</guid>`)
        .replace('<pubDate>Wed, 04 Mar 2026 06:00:00 -0500</pubDate>', '<pubDate>yesterday</pubDate>')
        .replace('<itunes:episodeType>full</itunes:episodeType>', '<itunes:episodeType>special</itunes:episodeType>')
        .replace('<itunes:episode>1</itunes:episode>', '<itunes:episode>0</itunes:episode>')
        .replace('<itunes:duration>12</itunes:duration>', '<itunes:duration>twelve</itunes:duration>');
    }));
    for (const code of ['error:guid_duplicate', 'error:pubdate_invalid', 'error:episode_type_invalid', 'warning:episode_number_invalid',
      'warning:duration_invalid']) {
      expect(codes(report), code).toContain(code);
    }
    const noGuid = await damaged((dir) => edit(dir, 'feed.fr.xml', (t) => t.replace(/<guid [^>]*>[^<]*<\/guid>/, '')));
    expect(codes(noGuid)).toContain('warning:guid_missing');
  });

  it('chapters files out of order or not JSON are named with their chapter', async () => {
    const report = await damaged((dir) => {
      edit(dir, 'chapters/ep-1.fr.json', (t) => t.replace('"startTime": 8', '"startTime": 2'));
      fs.writeFileSync(path.join(dir, 'chapters/ep-1.en.json'), '{"version": "1.2.0", "chapters": [');
    });
    expect(report.findings.find((f) => f.code === 'chapters_unsorted')?.where).toMatchObject({ chapterIndex: 2, file: 'chapters/ep-1.fr.json' });
    expect(codes(report)).toContain('error:chapters_unreadable');
  });
});
