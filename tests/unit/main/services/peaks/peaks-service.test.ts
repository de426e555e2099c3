// Peaks for an episode through the API contract ('peaks.get', 'peaks.cancel', 'peaks.progress')
// on a real library: computed once and cached by hash and settings, shared between callers,
// cancelled per caller, refused when the file changed.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../../src/shared/api/errors.js';
import type { PeaksProgress, PeaksView } from '../../../../../src/shared/domain/types.js';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import { peaksCacheDir, peaksCacheFile } from '../../../../../src/main/services/peaks/peaks-cache.js';
import { PeaksService } from '../../../../../src/main/services/peaks/peaks-service.js';
import { createDispatch } from '../../../../../src/main/host/dispatch.js';
import { EventBus } from '../../../../../src/main/host/event-bus.js';
import { createHandlers } from '../../../../../src/main/host/handlers.js';
import { anyUserPath } from '../../../../../src/main/host/import-policy.js';
import type { Library } from '../../../../../src/main/services/library/library.js';
import { makeAudio, type Segment } from '../../../../helpers/make-audio.js';
import { makeShow, tempDir, useLibrary } from '../library/temp-library.js';

const PATTERN: Segment[] = [{ tone: 440, seconds: 2 }, { silence: 2 }, { tone: 660, seconds: 2 }];

async function episodeWithAudio(library: Library, seconds = 0) {
  const show = makeShow(library);
  const pattern = seconds ? [{ tone: 440, seconds }, ...PATTERN] : PATTERN;
  const file = await makeAudio(tempDir(), { name: 'ep.mp3', format: 'mp3', pattern, channels: 2 });
  return importAudio(library, { showId: show.id, episodeId: null, path: file });
}

function api(library: Library) {
  const events = new EventBus();
  const progress: PeaksProgress[] = [];
  events.on('peaks.progress', (p) => progress.push(p));
  const dispatch = createDispatch(createHandlers({
    library, events, importPolicy: anyUserPath, info: { path: library.dir, appVersion: 'test', canImportByPath: true },
  }));
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const envelope = (await dispatch(name, args)) as Envelope<T>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message.en), { code: envelope.error.code });
    return envelope.value;
  };
  return { call, progress };
}

describe("'peaks.get'", () => {
  const lib = useLibrary();

  it('computes, reports progress, caches under cache/peaks, then answers from the cache', async () => {
    const episode = await episodeWithAudio(lib());
    const { call, progress } = api(lib());
    const view = await call<PeaksView>('peaks.get', { episodeId: episode.id, jobId: 'job-1', overviewBins: 300, detail: { startSec: 1, endSec: 3, channels: true } });
    expect(view).toMatchObject({ assetId: episode.audio!.id, duration: 6, sampleRate: 44_100, channels: 2, vbr: false, perSecond: 100 });
    expect(view.overview.min).toHaveLength(300);
    expect(view.detail).toMatchObject({ startSec: 1, endSec: 3 });
    expect(view.detail!.max).toHaveLength(200);
    expect(view.detail!.channels).toHaveLength(2);
    expect(view.silences).toHaveLength(1);
    expect(Math.abs(view.silences[0]!.startMs - 2000)).toBeLessThanOrEqual(50);
    expect(view.loudness.integratedLufs).toBeLessThan(-15);
    expect(progress.at(-1)).toMatchObject({ jobId: 'job-1', episodeId: episode.id, phase: 'done', fraction: 1 });

    const cached = peaksCacheFile(lib().dir, episode.audio!.sha256, { perSecond: 100 });
    expect(fs.existsSync(cached)).toBe(true);
    progress.length = 0;
    const again = await call<PeaksView>('peaks.get', { episodeId: episode.id, jobId: 'job-2', overviewBins: 300 });
    expect(again.overview).toEqual(view.overview);
    expect(progress).toEqual([]);
  });

  it('keeps one cache file per setting', async () => {
    const episode = await episodeWithAudio(lib());
    const { call } = api(lib());
    const fine = await call<PeaksView>('peaks.get', { episodeId: episode.id, jobId: 'a', perSecond: 200 });
    await call<PeaksView>('peaks.get', { episodeId: episode.id, jobId: 'b' });
    expect(fine.perSecond).toBe(200);
    expect(fs.readdirSync(peaksCacheDir(lib().dir))).toHaveLength(2);
  });

  it('refuses bad arguments and an episode without audio', async () => {
    const { call } = api(lib());
    const show = makeShow(lib());
    const bare = lib().episodes.create({ showId: show.id, title: { fr: 'Sans son', en: '' } });
    await expect(call('peaks.get', { episodeId: bare.id, jobId: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('peaks.get', { episodeId: bare.id, jobId: 'x', perSecond: 5 })).rejects.toMatchObject({ code: 'validation' });
    await expect(call('peaks.get', { episodeId: bare.id, jobId: 'x', detail: { startSec: 3, endSec: 2 } })).rejects.toMatchObject({ code: 'validation' });
  });

  it('cancels a job; the run stops only when its last caller cancels', async () => {
    const episode = await episodeWithAudio(lib(), 120);
    const service = new PeaksService(lib());
    const asset = episode.audio!;
    const first = service.forAsset(asset, { perSecond: 100 }, { jobId: 'one' });
    const second = service.forAsset(asset, { perSecond: 100 }, { jobId: 'two' });
    expect(service.cancel('one')).toBe(true);
    expect(service.cancel('one')).toBe(false);
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect((await second).samples).toBe(126 * 44_100);

    const fresh = new PeaksService(lib());
    fs.rmSync(peaksCacheDir(lib().dir), { recursive: true });
    const run = fresh.forAsset(asset, { perSecond: 100 }, { jobId: 'three' });
    expect(fresh.cancel('three')).toBe(true);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(fs.existsSync(peaksCacheFile(lib().dir, asset.sha256, { perSecond: 100 }))).toBe(false);
  });

  it("'peaks.cancel' answers whether the job was running", async () => {
    const { call } = api(lib());
    await expect(call('peaks.cancel', { jobId: 'nothing-running' })).resolves.toEqual({ cancelled: false });
  });

  it('refuses a file that changed since import instead of caching peaks under the old hash', async () => {
    const episode = await episodeWithAudio(lib());
    fs.appendFileSync(episode.audio!.path, Buffer.alloc(1000));
    const { call } = api(lib());
    await expect(call('peaks.get', { episodeId: episode.id, jobId: 'x' })).rejects.toMatchObject({ code: 'file_changed' });
  });
});
