// An episode's own artwork in a real library: images made by ffmpeg, copied into assets/ with
// their pixel size and colour model recorded (even when Apple would refuse them: the Details
// tab warns, the preflight blocks), replaced and removed; a non-image stores nothing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEpisodeArtwork } from '../../../../../src/main/services/artwork/import-episode-artwork.js';
import { makeImage } from '../../../../helpers/make-image.js';
import { makeShow, tempDir, useLibrary } from '../library/temp-library.js';

let dir: string;
let images: { good: string; small: string; gray: string; jpeg: string };
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-episode-art-'));
  images = {
    good: await makeImage(dir, 'good.png', '1400x1400'),
    small: await makeImage(dir, 'small.png', '600x400'),
    gray: await makeImage(dir, 'gray.png', '1400x1400', { pixFmt: 'gray' }),
    jpeg: await makeImage(dir, 'photo.jpg', '1600x1600', { color: 'red' }),
  };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('episode artwork', () => {
  const lib = useLibrary();
  const episode = () => lib().episodes.create({ showId: makeShow(lib()).id, number: 1 });

  it('copies the image into assets/ and records its size and colour on the episode', async () => {
    const ep = episode();
    const updated = await importEpisodeArtwork(lib(), ep.id, images.good);
    expect(updated.artwork).toMatchObject({ mime: 'image/png', width: 1400, height: 1400, colorModel: 'rgb' });
    const asset = lib().assets.get(updated.artwork?.assetId as number);
    expect(asset).toMatchObject({ kind: 'image', path: path.join(lib().dir, 'assets', `${asset.sha256}.png`), size: fs.statSync(images.good).size });
    expect(updated.artwork?.fileName).toBe(`${asset.sha256}.png`);
    expect(lib().episodes.get(ep.id).artwork).toEqual(updated.artwork);
    // The show keeps its own artwork (none here).
    expect(lib().shows.get(ep.showId).artworkAssetId).toBeNull();
  });

  it('records what Apple would refuse, for the Details tab to warn about', async () => {
    const ep = episode();
    expect((await importEpisodeArtwork(lib(), ep.id, images.small)).artwork).toMatchObject({ width: 600, height: 400 });
    expect((await importEpisodeArtwork(lib(), ep.id, images.gray)).artwork).toMatchObject({ colorModel: 'gray' });
    const jpeg = await importEpisodeArtwork(lib(), ep.id, images.jpeg);
    expect(jpeg.artwork).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1600, colorModel: 'rgb' });
    expect(lib().episodeMedia.setArtwork(ep.id, null).artwork).toBeNull();
  });

  it('refuses a file that is no PNG or JPEG, and stores nothing', async () => {
    const ep = episode();
    const text = path.join(tempDir(), 'cover.png');
    fs.writeFileSync(text, 'not an image');
    const before = fs.readdirSync(path.join(lib().dir, 'assets'));
    await expect(importEpisodeArtwork(lib(), ep.id, text)).rejects.toMatchObject({ code: 'validation', details: { field: 'artwork' } });
    await expect(importEpisodeArtwork(lib(), ep.id, '/nowhere/a.png')).rejects.toMatchObject({ code: 'file_missing' });
    expect(lib().episodes.get(ep.id).artwork).toBeNull();
    expect(fs.readdirSync(path.join(lib().dir, 'assets'))).toEqual(before);
  });

  it('refuses an audio asset as artwork and an unknown episode', () => {
    const ep = episode();
    const audio = lib().assets.insert({
      kind: 'audio', path: '/a.mp3', size: 1, mtimeMs: 0, sha256: 'a'.repeat(64), mime: 'audio/mpeg', codec: null, container: null,
      durationMs: null, sampleRate: null, channels: null, bitrate: null, vbr: false, tags: null, embeddedChapters: [],
    });
    expect(() => lib().episodeMedia.setArtwork(ep.id, { assetId: audio.id, width: 1400, height: 1400, colorModel: 'rgb' }))
      .toThrow(expect.objectContaining({ code: 'validation', details: expect.objectContaining({ field: 'artwork.assetId' }) }));
    expect(() => lib().episodeMedia.setArtwork(999, null)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
