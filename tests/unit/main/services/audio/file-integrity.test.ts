// checkAssetFile / checkEpisodeAudio / relinkAudio on real files: ok, moved, touched but
// identical, changed in place, cut short; relinking to a moved copy, a new version, or non-audio.

import { copyFileSync, mkdirSync, readFileSync, renameSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAssetFile, checkEpisodeAudio, relinkAudio } from '../../../../../src/main/services/audio/file-integrity.js';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { makeAudio, makeBadFile } from '../../../../helpers/make-audio.js';
import { makeShow, tempDir, useLibrary } from '../library/temp-library.js';
import { rowCounts } from './row-counts.js';

async function imported(library: Library, name = 'ep.mp3') {
  const show = makeShow(library);
  const file = await makeAudio(tempDir(), { name, format: 'mp3', seconds: 2, tags: { title: 'Original' } });
  const episode = await importAudio(library, { showId: show.id, episodeId: null, path: file });
  return { file, episode, asset: episode.audio! };
}

/** Flips a byte in the middle of the file, keeping its size (the audio changed, not the length). */
function corruptInPlace(file: string) {
  const bytes = readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle]! + 1) % 256;
  writeFileSync(file, bytes);
}

const later = (file: string) => {
  const next = new Date(statSync(file).mtimeMs + 60_000);
  utimesSync(file, next, next);
};

describe('checkAssetFile', () => {
  const lib = useLibrary();

  it('ok when nothing changed', async () => {
    const { asset } = await imported(lib());
    expect(await checkAssetFile(asset)).toEqual({ state: 'ok' });
  });

  it('missing when the file was moved away', async () => {
    const { asset, file } = await imported(lib());
    renameSync(file, `${file}.moved`);
    expect(await checkAssetFile(asset)).toEqual({ state: 'missing', path: file });
  });

  it('ok, with the new mtime to record, when the file was touched but its bytes are the same', async () => {
    const { asset, file } = await imported(lib());
    later(file);
    expect(await checkAssetFile(asset)).toEqual({ state: 'ok', touchedMtimeMs: statSync(file).mtimeMs });
    expect(await checkAssetFile(asset, { quick: true })).toEqual({ state: 'changed', path: file, reason: 'mtime' });
  });

  it('changed (hash) when the content changed at the same size', async () => {
    const { asset, file } = await imported(lib());
    corruptInPlace(file);
    later(file);
    expect(statSync(file).size).toBe(asset.size);
    expect(await checkAssetFile(asset)).toEqual({ state: 'changed', path: file, reason: 'hash' });
  });

  it('changed (size) when the file was cut short', async () => {
    const { asset, file } = await imported(lib());
    truncateSync(file, Math.floor(asset.size / 2));
    expect(await checkAssetFile(asset)).toEqual({ state: 'changed', path: file, reason: 'size' });
  });
});

describe('checkEpisodeAudio', () => {
  const lib = useLibrary();

  it('records the new mtime of a touched, identical file so the next check skips the hash', async () => {
    const { episode, file } = await imported(lib());
    later(file);
    expect(await checkEpisodeAudio(lib(), episode.id)).toEqual({ state: 'ok' });
    const asset = lib().episodes.get(episode.id).audio!;
    expect(asset.mtimeMs).toBe(statSync(file).mtimeMs);
    expect(await checkAssetFile(asset, { quick: true })).toEqual({ state: 'ok' });
  });

  it('passes problems through and is ok for an episode without audio', async () => {
    const { episode, file } = await imported(lib());
    renameSync(file, `${file}.moved`);
    expect(await checkEpisodeAudio(lib(), episode.id)).toEqual({ state: 'missing', path: file });
    const silent = lib().episodes.create({ showId: episode.showId, title: { fr: 'Sans son', en: '' } });
    expect(await checkEpisodeAudio(lib(), silent.id)).toEqual({ state: 'ok' });
  });
});

describe('relinkAudio', () => {
  const lib = useLibrary();

  it('same bytes at a new path: only the location is updated, on the same asset', async () => {
    const { episode, asset, file } = await imported(lib());
    const moved = path.join(tempDir(), 'rangé', 'épisode 1.mp3');
    mkdirSync(path.dirname(moved), { recursive: true });
    copyFileSync(file, moved);
    renameSync(file, `${file}.gone`);
    const before = rowCounts(lib());
    const relinked = await relinkAudio(lib(), { episodeId: episode.id, path: moved });
    expect(relinked.audio).toEqual({ ...asset, path: moved, fileName: 'épisode 1.mp3', mtimeMs: statSync(moved).mtimeMs });
    expect(rowCounts(lib())).toEqual(before);
    expect(await checkAssetFile(relinked.audio!)).toEqual({ state: 'ok' });
  });

  it('different audio: the asset takes the new file and its probe (a new version)', async () => {
    const { episode, asset } = await imported(lib());
    const remaster = await makeAudio(tempDir(), { name: 'ep-v2.wav', format: 'wav', seconds: 3, sampleRate: 48_000 });
    const relinked = await relinkAudio(lib(), { episodeId: episode.id, path: remaster });
    expect(relinked.audio).toMatchObject({
      id: asset.id, path: remaster, codec: 'pcm', container: 'wav', mime: 'audio/wav', durationMs: 3000, sampleRate: 48_000,
      size: statSync(remaster).size,
    });
    expect(relinked.audio!.sha256).not.toBe(asset.sha256);
    expect(relinked.durationMs).toBe(3000);
  });

  it('refuses a non-audio file and changes nothing', async () => {
    const { episode } = await imported(lib());
    const text = await makeBadFile(tempDir(), { name: 'ep.mp3', kind: 'text' });
    const before = lib().episodes.get(episode.id);
    await expect(relinkAudio(lib(), { episodeId: episode.id, path: text })).rejects.toMatchObject({ code: 'audio_unreadable' });
    expect(lib().episodes.get(episode.id)).toEqual(before);
  });

  it('refuses a missing file and changes nothing', async () => {
    const { episode } = await imported(lib());
    const before = lib().episodes.get(episode.id);
    const nowhere = path.join(tempDir(), 'nowhere.mp3');
    await expect(relinkAudio(lib(), { episodeId: episode.id, path: nowhere })).rejects.toMatchObject({ code: 'file_missing' });
    expect(lib().episodes.get(episode.id)).toEqual(before);
  });

  it('imports the file when the episode had no audio yet', async () => {
    const show = makeShow(lib());
    const silent = lib().episodes.create({ showId: show.id, title: { fr: 'Muet', en: '' } });
    const file = await makeAudio(tempDir(), { name: 'first.ogg', format: 'ogg', seconds: 1 });
    const relinked = await relinkAudio(lib(), { episodeId: silent.id, path: file });
    expect(relinked.audio).toMatchObject({ path: file, codec: 'vorbis' });
    expect(relinked.title.fr).toBe('Muet');
  });
});
