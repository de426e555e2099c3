// The preflight of a show (release.validate): one test per rule, each starting from a complete
// show that passes, breaking one thing, and looking for the finding, its place and its fix.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArtwork } from '../../../../../src/main/services/artwork/import-artwork.js';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { preflight, validateReleaseShow } from '../../../../../src/main/services/release/preflight.js';
import type { LoudnessOf } from '../../../../../src/main/services/release/loudness-source.js';
import type { ReleaseFinding, ReleaseReport } from '../../../../../src/shared/domain/types.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { useLibrary } from '../library/temp-library.js';
import { GOOD_LOUDNESS, makeFixture, makeImage, makeMedia, NOW, type Fixture, type FixtureMedia } from './release-fixture.js';

let media: FixtureMedia;
let extra: { m4a: string; wav: string; small: string; gray: string; wide: string; palette: string };
const lib = useLibrary();

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-validate-'));
  media = await makeMedia(dir);
  extra = {
    m4a: await makeAudio(dir, { name: 'ep.m4a', format: 'm4a', seconds: 6 }),
    wav: await makeAudio(dir, { name: 'ep.wav', format: 'wav', seconds: 2 }),
    small: await makeImage(dir, 'small.png', '1000x1000'),
    gray: await makeImage(dir, 'gray.png', '1400x1400', { pixFmt: 'gray' }),
    wide: await makeImage(dir, 'wide.jpg', '1600x1400'),
    palette: await makeImage(dir, 'pal.png', '1400x1400', { pixFmt: 'pal8' }),
  };
}, 60_000);
afterAll(() => fs.rmSync(media.dir, { recursive: true, force: true }));

const check = (library: Library, fx: Fixture, loudnessOf: LoudnessOf = GOOD_LOUDNESS) =>
  validateReleaseShow(library, fx.show.id, { now: NOW, loudnessOf });
const found = (report: ReleaseReport, code: string): ReleaseFinding[] => report.findings.filter((f) => f.code === code);
const one = (report: ReleaseReport, code: string): ReleaseFinding => {
  const list = found(report, code);
  expect(list, `${code} in ${JSON.stringify(report.findings.map((f) => f.code))}`).toHaveLength(1);
  return list[0] as ReleaseFinding;
};

describe('release.validate', () => {
  it('finds nothing wrong with a complete show, and writes nothing', async () => {
    const fx = await makeFixture(lib(), media);
    const report = await check(lib(), fx);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ showId: fx.show.id, episodes: 2, checkedAt: NOW.toISOString(), counts: { error: 0, warning: 0, info: 0 } });
    expect(fs.existsSync(path.join(lib().dir, 'releases'))).toBe(false);
  });

  it('names every finding in French and English, with where and how to fix', async () => {
    const fx = await makeFixture(lib(), media);
    lib().episodes.update(fx.french.id, { title: { fr: '', en: 'Councillors and innovation' } });
    const f = one(await check(lib(), fx), 'title_missing_translation');
    expect(f).toMatchObject({ severity: 'warning', where: { scope: 'episode', episodeId: fx.french.id, field: 'title', lang: 'fr' } });
    for (const text of [f.message.fr, f.message.en, f.fix.fr, f.fix.en]) expect(text.length).toBeGreaterThan(10);
    expect(f.message.fr).toContain('français');
    expect(f.message.en).toContain('French');
  });

  it('episodes marked ready without audio or notes are named (error) and left out of the feeds', async () => {
    const fx = await makeFixture(lib(), media);
    const bare = lib().episodes.create({ showId: fx.show.id, title: { fr: 'Sans son', en: 'No sound' }, status: 'ready' });
    const silent = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: media.enMp3 });
    lib().episodes.update(silent.id, { status: 'ready', title: { fr: 'Sans notes', en: 'No notes' }, summary: { fr: '', en: '' } });
    const report = await check(lib(), fx);
    expect(one(report, 'ready_without_audio')).toMatchObject({ severity: 'error', where: { episodeId: bare.id, field: 'audio' } });
    expect(one(report, 'ready_without_notes').message.en).toContain('No notes');
    expect(report.episodes).toBe(2);
  });

  it('audio moved, changed, or only known by URL needs a relink', async () => {
    const fx = await makeFixture(lib(), media);
    const copy = path.join(media.dir, 'moved.mp3');
    fs.copyFileSync(media.enMp3, copy);
    const moved = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: copy });
    lib().episodes.update(moved.id, { status: 'ready', summary: { fr: 'x', en: 'x' }, publishedAt: '2026-01-01T00:00:00Z' });
    fs.rmSync(copy);
    const remote = lib().feedRows.insertRemote({ kind: 'audio', url: 'https://cdn.example/ep.mp3', mime: 'audio/mpeg', size: 10, durationMs: 1000 });
    const far = lib().episodes.create({ showId: fx.show.id, status: 'published', summary: { fr: 'x', en: 'x' } });
    lib().episodes.setAudio(far.id, remote.id);
    const report = await check(lib(), fx);
    const relinks = found(report, 'audio_needs_relink');
    expect(relinks.map((f) => f.where.episodeId).sort()).toEqual([moved.id, far.id].sort());
    expect(relinks.find((f) => f.where.episodeId === far.id)?.message.en).toContain('https://cdn.example/ep.mp3');

    fs.appendFileSync(media.enMp3 + '.grown', '');
    const grown = path.join(media.dir, 'grown.mp3');
    fs.copyFileSync(media.enMp3, grown);
    const changed = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: grown });
    lib().episodes.update(changed.id, { status: 'ready', summary: { fr: 'x', en: 'x' } });
    fs.appendFileSync(grown, Buffer.alloc(100));
    expect(one(await check(lib(), fx), 'audio_changed').where.episodeId).toBe(changed.id);
  });

  it('a missing publication date is an error', async () => {
    const fx = await makeFixture(lib(), media);
    lib().episodes.update(fx.english.id, { publishedAt: null });
    expect(one(await check(lib(), fx), 'pubdate_missing')).toMatchObject({ severity: 'error', where: { episodeId: fx.english.id } });
  });

  it('missing translations of notes and chapter titles are warnings naming the rows', async () => {
    const fx = await makeFixture(lib(), media);
    lib().episodes.update(fx.english.id, { summary: { fr: '', en: 'Only English.' } });
    lib().chapters.replaceAll(fx.french.id, [
      { startMs: 0, title: { fr: 'Ouverture', en: '' } },
      { startMs: 4000, title: { fr: 'Entrevue', en: 'Interview' } },
      { startMs: 8000, title: { fr: 'Conclusion', en: '' } },
    ]);
    const report = await check(lib(), fx);
    expect(one(report, 'notes_missing_translation').where).toMatchObject({ episodeId: fx.english.id, lang: 'fr' });
    const chapters = one(report, 'chapters_missing_translation');
    expect(chapters).toMatchObject({ severity: 'warning', where: { scope: 'chapter', episodeId: fx.french.id, lang: 'en', chapterIndex: 0 } });
    expect(chapters.message.en).toContain('chapter(s) 1, 3');
  });

  it('an episode number or the show name in a title is a warning (Apple)', async () => {
    const fx = await makeFixture(lib(), media);
    lib().episodes.update(fx.french.id, { title: { fr: 'Épisode 1 : les élus', en: 'Connections: councillors' } });
    expect(found(await check(lib(), fx), 'title_has_number').map((f) => f.where.lang).sort()).toEqual(['en', 'fr']);
  });

  it('description timestamps need at least 3 chapters starting at 0, and are appended when on', async () => {
    const fx = await makeFixture(lib(), media);
    lib().releases.updateSettings(fx.show.id, { descriptionTimestamps: true });
    expect(found(await check(lib(), fx), 'timestamps_too_few')).toEqual([]);
    const { plan } = await preflight(lib(), fx.show.id, { now: NOW, loudnessOf: GOOD_LOUDNESS });
    const feed = plan.entries.find((e) => e.path === 'feed.en.xml');
    const xml = feed?.kind === 'text' ? feed.bytes.toString('utf8') : '';
    // Apple and Spotify read these lines from the description; the chapters' English titles.
    expect(xml).toContain('<p>00:00 Opening</p>\n<p>00:04 Interview</p>\n<p>00:08 Wrap-up</p>]]></description>');
    lib().chapters.replaceAll(fx.english.id, [{ startMs: 1000, title: { fr: 'a', en: 'a' } }, { startMs: 3000, title: { fr: 'b', en: 'b' } }]);
    expect(one(await check(lib(), fx), 'timestamps_too_few').where).toMatchObject({ episodeId: fx.english.id, field: 'chapters' });
  });

  it('M4A audio: chapters are not embedded (warning); other formats Apple cannot play are errors', async () => {
    const fx = await makeFixture(lib(), media);
    const m4a = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: extra.m4a });
    lib().episodes.update(m4a.id, { status: 'ready', summary: { fr: 'x', en: 'x' }, publishedAt: '2026-01-01T00:00:00Z', title: { fr: 'M4A', en: 'M4A' } });
    lib().chapters.replaceAll(m4a.id, [{ startMs: 0, title: { fr: 'a', en: 'a' } }]);
    const wav = await importAudio(lib(), { showId: fx.show.id, episodeId: null, path: extra.wav });
    lib().episodes.update(wav.id, { status: 'ready', summary: { fr: 'x', en: 'x' }, publishedAt: '2026-01-02T00:00:00Z', title: { fr: 'WAV', en: 'WAV' } });
    const report = await check(lib(), fx);
    expect(one(report, 'chapters_not_embedded')).toMatchObject({ severity: 'warning', where: { episodeId: m4a.id } });
    expect(found(report, 'enclosure_type').map((f) => [f.severity, f.where.episodeId, f.where.lang])).toEqual([['error', wav.id, 'fr'], ['error', wav.id, 'en']]);
  });

  it('loudness outside −16 ±1 LUFS or a true peak above −1 dBTP are warnings with the values; unmeasured is info', async () => {
    const fx = await makeFixture(lib(), media);
    const loud = await check(lib(), fx, async () => ({ integratedLufs: -12.34, truePeakDbtp: 0.4, samplePeakDbfs: 0 }));
    expect(found(loud, 'loudness_out_of_range')[0]?.message.en).toContain('-12.3 LUFS');
    expect(found(loud, 'true_peak_too_high')[0]?.message.fr).toContain('0.4 dBTP');
    expect(found(loud, 'loudness_out_of_range').every((f) => f.severity === 'warning')).toBe(true);
    const unmeasured = await check(lib(), fx, async () => null);
    expect(found(unmeasured, 'loudness_not_measured').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(unmeasured.counts).toMatchObject({ error: 0, warning: 0, info: 2 });
  });

  it('reads real loudness from the peaks cache when the peaks engine stored it', async () => {
    const fx = await makeFixture(lib(), media);
    const { writePeaksFile, peaksCacheFile } = await import('../../../../../src/main/services/peaks/peaks-cache.js');
    const { DEFAULT_PER_SECOND } = await import('../../../../../src/main/services/peaks/peaks-data.js');
    const sha = fx.french.audio?.sha256 as string;
    await writePeaksFile(peaksCacheFile(lib().dir, sha, { perSecond: DEFAULT_PER_SECOND }), {
      perSecond: DEFAULT_PER_SECOND, sampleRate: 44_100, channels: 1, samples: 44_100, codec: 'mp3', vbr: false,
      min: new Int16Array(100), max: new Int16Array(100), channelMin: [], channelMax: [], silences: [],
      loudness: { integratedLufs: -20.5, truePeakDbtp: -3, samplePeakDbfs: -3.2 },
    }, sha);
    const report = await validateReleaseShow(lib(), fx.show.id, { now: NOW });
    expect(one(report, 'loudness_out_of_range')).toMatchObject({ where: { episodeId: fx.french.id } });
    expect(one(report, 'loudness_not_measured').where.episodeId).toBe(fx.english.id);
  });

  it('artwork: missing, too small, not square, grey, palette (warning) are found on the real image', async () => {
    const fx = await makeFixture(lib(), media);
    const cases: [string, string, 'error' | 'warning'][] = [
      [extra.small, 'artwork_size', 'error'], [extra.wide, 'artwork_not_square', 'error'],
      [extra.gray, 'artwork_not_rgb', 'error'], [extra.palette, 'artwork_not_rgb', 'warning'],
    ];
    for (const [image, code, severity] of cases) {
      await importArtwork(lib(), fx.show.id, image);
      expect(one(await check(lib(), fx), code), code).toMatchObject({ severity, where: { scope: 'show', field: 'artwork' } });
    }
    lib().shows.setArtwork(fx.show.id, null);
    expect(one(await check(lib(), fx), 'artwork_missing').severity).toBe('error');
  });

  it('channel rules: description over 4000 UTF-8 bytes, categories missing or not Apple’s, no base URL', async () => {
    const fx = await makeFixture(lib(), media);
    lib().shows.update(fx.show.id, { description: { fr: 'é'.repeat(2100), en: 'Short.' }, categories: ['Podcasts > Things'] });
    let report = await check(lib(), fx);
    const long = one(report, 'description_too_long');
    expect(long).toMatchObject({ severity: 'error', where: { scope: 'show', field: 'description', lang: 'fr' } });
    expect(long.message.en).toContain('4200 UTF-8 bytes');
    expect(one(report, 'category_unknown').message.en).toContain('Podcasts > Things');
    lib().shows.update(fx.show.id, { categories: [], baseUrl: '' });
    report = await check(lib(), fx);
    expect(one(report, 'category_missing').severity).toBe('error');
    expect(found(report, 'url_not_absolute').some((f) => f.where.field === 'baseUrl')).toBe(true);
  });

  it('item rules: notes over 4000 bytes, a title over 255 characters with its label, no title at all', async () => {
    const fx = await makeFixture(lib(), media);
    lib().episodes.update(fx.english.id, { title: { fr: 'x'.repeat(250), en: 'Budget' }, summary: { fr: 'à'.repeat(2100), en: 'ok' } });
    const report = await check(lib(), fx);
    expect(one(report, 'text_too_long')).toMatchObject({ where: { episodeId: fx.english.id, field: 'title', lang: 'fr' } });
    expect(found(report, 'description_too_long').map((f) => f.where)).toContainEqual(
      expect.objectContaining({ episodeId: fx.english.id, field: 'notes', lang: 'fr' }));
    lib().episodes.update(fx.english.id, { title: { fr: '', en: '' } });
    expect(found(await check(lib(), fx), 'item_title_missing')).toHaveLength(2);
  });

  it('chapters after the end of the audio or at the same time are errors on that chapter', async () => {
    const fx = await makeFixture(lib(), media);
    lib().chapters.replaceAll(fx.english.id, [
      { startMs: 0, title: { fr: 'a', en: 'a' } }, { startMs: 0, title: { fr: 'b', en: 'b' } }, { startMs: 60_000, title: { fr: 'c', en: 'c' } },
    ]);
    const report = await check(lib(), fx);
    expect(found(report, 'chapters_unsorted').map((f) => [f.where.chapterIndex, f.where.lang])).toEqual([[1, 'fr'], [1, 'en']]);
    expect(found(report, 'chapters_outside_duration')[0]).toMatchObject({ severity: 'error', where: { scope: 'chapter', episodeId: fx.english.id, chapterIndex: 2 } });
  });

  it('more than 255 listed chapters do not fit an ID3 table of contents (warning)', async () => {
    const fx = await makeFixture(lib(), media);
    lib().chapters.replaceAll(fx.french.id, Array.from({ length: 256 }, (_, i) => ({ startMs: i * 40, title: { fr: `c${i}`, en: `c${i}` } })));
    expect(one(await check(lib(), fx), 'id3_chapter_limit').where.episodeId).toBe(fx.french.id);
  });

  it('a show with nothing ready has no episodes to publish (error)', async () => {
    const fx = await makeFixture(lib(), media);
    for (const e of [fx.french, fx.english]) lib().episodes.update(e.id, { status: 'draft' });
    const report = await check(lib(), fx);
    expect(one(report, 'no_episodes').severity).toBe('error');
    expect(report.episodes).toBe(0);
  });
});
