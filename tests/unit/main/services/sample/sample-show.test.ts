// createSampleShow on a real library: a complete bilingual show, three different episodes with
// credits, and WAVs that ffmpeg plays to the length the library recorded. Twice → ondes-2.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkAssetFile } from '../../../../../src/main/services/audio/file-integrity.js';
import { createSampleShow } from '../../../../../src/main/services/sample/sample-show.js';
import { showCreateSchema } from '../../../../../src/shared/domain/schemas.js';
import { useLibrary } from '../library/temp-library.js';

const run = promisify(execFile);

/** Decodes the whole file with ffmpeg (fails on any decoding error) and returns its length in ms. */
async function playedMs(file: string): Promise<number> {
  const { stderr } = await run('ffmpeg', ['-nostdin', '-hide_banner', '-v', 'error', '-stats', '-xerror', '-i', file, '-f', 'null', '-']);
  const times = [...stderr.matchAll(/time=(\d+):(\d+):(\d+\.\d+)/g)];
  const [, h, m, s] = times.at(-1) ?? [];
  return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
}

describe('createSampleShow', () => {
  const lib = useLibrary();

  it('creates a complete bilingual show with two hosts', async () => {
    const show = await createSampleShow(lib());
    expect(show).toMatchObject({
      slug: 'ondes',
      title: { fr: 'Les Ondes de quartier', en: 'Neighbourhood Waves' },
      languages: { fr: 'fr-CA', en: 'en-CA' },
      website: 'https://example.org/ondes/',
      baseUrl: 'https://example.org/ondes/',
      episodeCount: 3,
      explicit: false,
    });
    for (const field of ['subtitle', 'description'] as const) {
      expect(show[field].fr).not.toBe('');
      expect(show[field].en).not.toBe('');
    }
    expect(show.categories).toContain('Society & Culture > Documentary');
    expect(show.author && show.ownerName && show.ownerEmail && show.copyright).toBeTruthy();
    expect(showCreateSchema.safeParse({ ...show, categories: show.categories }).success).toBe(true);
    expect(lib().shows.hosts(show.id).map((h) => h.role)).toEqual(['host', 'host']);
  });

  it('creates three episodes: French, English, bilingual, with different statuses, texts and guests', async () => {
    const show = await createSampleShow(lib());
    const episodes = lib().episodes.list({ showId: show.id }).map((e) => lib().episodes.get(e.id));
    expect(episodes.map((e) => e.spoken).sort()).toEqual(['bilingual', 'en', 'fr']);
    expect(new Set(episodes.map((e) => e.status)).size).toBe(3);
    for (const episode of episodes) {
      expect(episode.title.fr).not.toBe('');
      expect(episode.title.en).not.toBe('');
      expect(episode.summary.fr.length).toBeGreaterThan(80);
      expect(episode.summary.en.length).toBeGreaterThan(80);
      expect(episode.persons.filter((p) => p.role === 'host')).toHaveLength(2);
      expect(episode.persons.some((p) => p.role === 'guest')).toBe(true);
    }
    const accented = episodes.flatMap((e) => [e.title.fr, e.summary.fr]).join(' ');
    expect(accented).toMatch(/[éèàçô’«]/);
  });

  it('gives each episode a playable WAV under assets/samples whose length matches the probe', async () => {
    const show = await createSampleShow(lib());
    const episodes = lib().episodes.list({ showId: show.id }).map((e) => lib().episodes.get(e.id));
    for (const episode of episodes) {
      const audio = episode.audio!;
      expect(path.dirname(audio.path)).toBe(path.join(lib().dir, 'assets', 'samples'));
      expect(audio).toMatchObject({ codec: 'pcm', container: 'wav', mime: 'audio/wav', sampleRate: 22_050, channels: 1 });
      expect(audio.durationMs).toBeGreaterThanOrEqual(40_000);
      expect(audio.durationMs).toBeLessThanOrEqual(90_000);
      expect(episode.durationMs).toBe(audio.durationMs);
      expect(Math.abs((await playedMs(audio.path)) - audio.durationMs!)).toBeLessThanOrEqual(50);
      expect(await checkAssetFile(audio)).toEqual({ state: 'ok' });
    }
  });

  it('a second call makes a second show (ondes-2) and leaves the first one’s files alone', async () => {
    const first = await createSampleShow(lib());
    const firstAudio = lib().episodes.list({ showId: first.id }).map((e) => lib().episodes.get(e.id).audio!);
    const second = await createSampleShow(lib());
    expect(second.slug).toBe('ondes-2');
    expect(second.episodeCount).toBe(3);
    const secondPaths = lib().episodes.list({ showId: second.id }).map((e) => lib().episodes.get(e.id).audio!.path);
    expect(secondPaths.every((p) => path.basename(p).startsWith('ondes-2-'))).toBe(true);
    for (const asset of firstAudio) {
      expect(existsSync(asset.path)).toBe(true);
      expect(await checkAssetFile(asset)).toEqual({ state: 'ok' });
    }
  });
});
