// Assets: what import records (file identity) and what probing adds, read back as Asset.

import { describe, expect, it } from 'vitest';
import { makeAsset, thrown, useLibrary } from './temp-library.js';

describe('assets', () => {
  const lib = useLibrary();

  it('inserts and reads back every field, with fileName from the path', () => {
    const tags = { title: 'Ép. 1', artist: 'Raccords', album: null, comment: null, year: 2026, hasArtwork: true };
    const chapters = [{ startMs: 0, endMs: 60_000, title: 'Intro', url: null }];
    const asset = makeAsset(lib(), { vbr: true, tags, embeddedChapters: chapters });
    expect(asset).toMatchObject({
      kind: 'audio',
      path: '/media/raccords/ep01.mp3',
      fileName: 'ep01.mp3',
      size: 1_234_567,
      mtimeMs: 1_700_000_000_000,
      durationMs: 3_600_000,
      vbr: true,
      tags,
      embeddedChapters: chapters,
    });
    expect(asset.createdAt).toMatch(/Z$/);
    expect(lib().assets.get(asset.id)).toEqual(asset);
  });

  it('updates the file identity after a relink, and probe fields one by one', () => {
    const asset = makeAsset(lib());
    const moved = lib().assets.updateFile(asset.id, {
      path: '/new/place/épisode 1.mp3',
      size: 42,
      mtimeMs: 1_800_000_000_123.5,
      sha256: 'b'.repeat(64),
    });
    expect(moved).toMatchObject({ fileName: 'épisode 1.mp3', size: 42, mtimeMs: 1_800_000_000_123.5, durationMs: 3_600_000 });
    const probed = lib().assets.updateProbe(asset.id, { durationMs: 1000, tags: null, codec: null });
    expect(probed).toMatchObject({ durationMs: 1000, tags: null, codec: null, sampleRate: 44_100, path: moved.path });
    expect(lib().assets.updateProbe(asset.id, {})).toEqual(probed);
  });

  it('answers not_found for unknown ids', () => {
    expect(thrown(() => lib().assets.get(7)).details).toEqual({ what: 'asset', ref: 7 });
    expect(thrown(() => lib().assets.updateProbe(7, { vbr: true })).code).toBe('not_found');
    expect(thrown(() => lib().assets.updateFile(7, { path: '/x', size: 1, mtimeMs: 1, sha256: 'x' })).code).toBe(
      'not_found',
    );
  });
});
