// importAudio on a real library with real files: a new episode prefilled from tags, audio for an
// existing episode, the original left untouched, and every failure writing nothing.

import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import type { ProgressReport } from '../../../../../src/main/services/audio/read-audio-file.js';
import { makeAudio, makeBadFile, type BadFileKind } from '../../../../helpers/make-audio.js';
import { makeShow, tempDir, useLibrary } from '../library/temp-library.js';
import { rowCounts } from './row-counts.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('importAudio', () => {
  const lib = useLibrary();

  it('creates a draft episode from the tags: French title and summary, date from the year', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), {
      name: 'ep7.mp3', format: 'mp3', seconds: 3,
      tags: { title: 'Les élus du quartier', comment: 'Qui décide, et comment ?', year: 2024, artist: 'Raccords', cover: true },
      chapters: [{ startMs: 0, endMs: 1500, title: 'Début' }, { startMs: 1500, endMs: 3000, title: 'Fin' }],
    });
    const episode = await importAudio(lib(), { showId: show.id, episodeId: null, path: file });
    expect(episode).toMatchObject({
      showId: show.id,
      spoken: 'fr',
      status: 'draft',
      title: { fr: 'Les élus du quartier', en: '' },
      summary: { fr: 'Qui décide, et comment ?', en: '' },
      publishedAt: '2024-01-01T00:00:00Z',
      number: 1,
      slug: 'ep-1',
      durationMs: 3000,
    });
    const asset = episode.audio!;
    expect(asset).toMatchObject({
      kind: 'audio', path: file, fileName: 'ep7.mp3', size: statSync(file).size, sha256: sha256(file),
      mime: 'audio/mpeg', codec: 'mp3', container: 'mpeg', durationMs: 3000, sampleRate: 44_100, channels: 1,
      bitrate: 128_000, vbr: false,
    });
    expect(asset.tags).toMatchObject({ title: 'Les élus du quartier', artist: 'Raccords', year: 2024, hasArtwork: true });
    expect(asset.embeddedChapters.map((c) => c.title)).toEqual(['Début', 'Fin']);
    expect(asset.mtimeMs).toBe(statSync(file).mtimeMs);
    expect(lib().episodes.get(episode.id)).toEqual(episode);
  });

  it('titles an untagged file after its name, humanised, with no date', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), { name: 'entrevue_maire-2026.final.wav', format: 'wav', seconds: 1 });
    const episode = await importAudio(lib(), { showId: show.id, episodeId: null, path: file });
    expect(episode.title).toEqual({ fr: 'Entrevue maire 2026 final', en: '' });
    expect(episode.summary).toEqual({ fr: '', en: '' });
    expect(episode.publishedAt).toBeNull();
  });

  it('numbers each new episode after the last one of its show', async () => {
    const show = makeShow(lib());
    lib().episodes.create({ showId: show.id, number: 41 });
    const file = await makeAudio(tempDir(), { name: 'next.wav', format: 'wav', seconds: 1 });
    const episode = await importAudio(lib(), { showId: show.id, episodeId: null, path: file });
    expect(episode.number).toBe(42);
  });

  it('stores the resolved absolute path when given a relative one', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), { name: 'rel.flac', format: 'flac', seconds: 1 });
    const relative = path.relative(process.cwd(), file);
    const episode = await importAudio(lib(), { showId: show.id, episodeId: null, path: relative });
    expect(episode.audio?.path).toBe(file);
  });

  it('sets the audio of an existing episode without touching its texts', async () => {
    const show = makeShow(lib());
    const existing = lib().episodes.create({ showId: show.id, title: { fr: 'Déjà écrit', en: 'Already written' }, spoken: 'bilingual' });
    const file = await makeAudio(tempDir(), { name: 'final.m4a', format: 'm4a', seconds: 2, tags: { title: 'Tag ignored' } });
    const before = rowCounts(lib());
    const episode = await importAudio(lib(), { showId: show.id, episodeId: existing.id, path: file });
    expect(episode.id).toBe(existing.id);
    expect(episode.title).toEqual({ fr: 'Déjà écrit', en: 'Already written' });
    expect(episode.audio).toMatchObject({ codec: 'aac', mime: 'audio/mp4', sha256: sha256(file) });
    expect(rowCounts(lib())).toEqual({ ...before, assets: before.assets + 1 });
  });

  it('never modifies the original: same bytes, same mtime', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), { name: 'keep.mp3', format: 'mp3', seconds: 2, tags: { title: 'Intact', cover: true } });
    const bytes = readFileSync(file);
    const { mtimeMs } = statSync(file);
    await importAudio(lib(), { showId: show.id, episodeId: null, path: file });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  });

  it('reports hashing, probing, saving, done, with bytes up to the file size', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), { name: 'progress.wav', format: 'wav', seconds: 2 });
    const size = statSync(file).size;
    const reports: ProgressReport[] = [];
    await importAudio(lib(), { showId: show.id, episodeId: null, path: file, onProgress: (p) => reports.push(p) });
    const phases = reports.map((r) => r.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['hashing', 'probing', 'saving', 'done']);
    expect(reports.filter((r) => r.phase === 'hashing').at(-1)).toEqual({ phase: 'hashing', bytesDone: size, bytesTotal: size });
    expect(reports.at(-1)).toEqual({ phase: 'done', bytesDone: size, bytesTotal: size });
  });

  describe('writes nothing when it fails', () => {
    const bad: [BadFileKind, string, string][] = [
      ['random-bytes', 'noise.mp3', 'audio_unreadable'],
      ['truncated-header', 'cut.mp3', 'audio_unreadable'],
      ['text', 'notes.mp3', 'audio_unreadable'],
      ['empty', 'empty.mp3', 'audio_unreadable'],
      ['png', 'cover.png', 'audio_unsupported'],
    ];
    it.each(bad)('%s (%s) → %s', async (kind, name, code) => {
      const show = makeShow(lib());
      const file = await makeBadFile(tempDir(), { name, kind });
      const before = rowCounts(lib());
      const bytes = readFileSync(file);
      await expect(importAudio(lib(), { showId: show.id, episodeId: null, path: file })).rejects.toMatchObject({
        code, details: { file: name },
      });
      expect(rowCounts(lib())).toEqual(before);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    });

    it('a missing file → file_missing', async () => {
      const show = makeShow(lib());
      const file = path.join(tempDir(), 'moved-away.mp3');
      const before = rowCounts(lib());
      await expect(importAudio(lib(), { showId: show.id, episodeId: null, path: file })).rejects.toMatchObject({
        code: 'file_missing', details: { path: file },
      });
      expect(rowCounts(lib())).toEqual(before);
    });

    it('an unknown show or episode is refused before reading the file', async () => {
      const show = makeShow(lib());
      const other = lib().shows.create({ slug: 'autre', title: { fr: 'Autre', en: '' } });
      const episode = lib().episodes.create({ showId: other.id, title: { fr: 'Ailleurs', en: '' } });
      const file = await makeAudio(tempDir(), { name: 'ok.mp3', format: 'mp3', seconds: 1 });
      const before = rowCounts(lib());
      await expect(importAudio(lib(), { showId: 999, episodeId: null, path: file })).rejects.toMatchObject({ code: 'not_found' });
      await expect(importAudio(lib(), { showId: show.id, episodeId: 999, path: file })).rejects.toMatchObject({ code: 'not_found' });
      await expect(importAudio(lib(), { showId: show.id, episodeId: episode.id, path: file })).rejects.toMatchObject({
        code: 'validation', details: { field: 'episodeId' },
      });
      expect(rowCounts(lib())).toEqual(before);
    });

    it('cancelled → AppError(cancelled), nothing written', async () => {
      const show = makeShow(lib());
      const file = await makeAudio(tempDir(), { name: 'stop.wav', format: 'wav', seconds: 2 });
      const before = rowCounts(lib());
      const controller = new AbortController();
      const importing = importAudio(lib(), {
        showId: show.id, episodeId: null, path: file, signal: controller.signal,
        onProgress: (p) => p.phase === 'probing' && controller.abort(),
      });
      await expect(importing).rejects.toMatchObject({ code: 'cancelled' });
      expect(rowCounts(lib())).toEqual(before);
    });

    it('a file that grows while being read (a copy in progress) → file_changed', async () => {
      const show = makeShow(lib());
      const file = await makeAudio(tempDir(), { name: 'copying.mp3', format: 'mp3', seconds: 1 });
      const before = rowCounts(lib());
      const importing = importAudio(lib(), {
        showId: show.id, episodeId: null, path: file,
        onProgress: (p) => p.phase === 'probing' && appendFileSync(file, new Uint8Array(4096)),
      });
      await expect(importing).rejects.toMatchObject({ code: 'file_changed', details: { reason: 'size' } });
      expect(rowCounts(lib())).toEqual(before);
    });

    it('a failure inside the transaction rolls the asset row back', async () => {
      const show = makeShow(lib());
      const target = lib().episodes.create({ showId: show.id, title: { fr: 'Bientôt supprimé', en: '' } });
      const file = await makeAudio(tempDir(), { name: 'late.mp3', format: 'mp3', seconds: 1 });
      // The episode disappears while the file is being read: the asset insert must not survive.
      const importing = importAudio(lib(), {
        showId: show.id, episodeId: target.id, path: file,
        onProgress: (p) => p.phase === 'probing' && lib().episodes.delete(target.id),
      });
      const before = rowCounts(lib());
      await expect(importing).rejects.toMatchObject({ code: 'not_found' });
      expect(rowCounts(lib()).assets).toBe(before.assets);
    });
  });
});
