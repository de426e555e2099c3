// The chapter calls of the API contract, through the same dispatch the IPC and the browser host
// use: argument schemas, envelopes, and the text-only import (no path crosses the boundary).

import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../../src/main/host/dispatch.js';
import { EventBus } from '../../../../../src/main/host/event-bus.js';
import { createHandlers } from '../../../../../src/main/host/handlers.js';
import { anyUserPath } from '../../../../../src/main/host/import-policy.js';
import { makeAsset, makeShow, useLibrary } from '../library/temp-library.js';

describe('chapters.* calls', () => {
  const lib = useLibrary();
  const setup = () => {
    const dispatch = createDispatch(createHandlers({
      library: lib(), events: new EventBus(), importPolicy: anyUserPath,
      info: { path: lib().dir, appVersion: 'test', canImportByPath: true },
    }));
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, number: 1 });
    lib().episodes.setAudio(episode.id, makeAsset(lib(), { durationMs: 120_000 }).id);
    return { dispatch, episodeId: episode.id };
  };

  it('replaces, lists, imports text and exports text', async () => {
    const { dispatch, episodeId } = setup();
    const replaced = await dispatch('chapters.replace', {
      episodeId, chapters: [{ startMs: 5000, title: { fr: 'Suite\n', en: 'Next' } }, { startMs: 0, title: { fr: 'Début', en: '' } }],
    });
    expect(replaced).toMatchObject({ ok: true, value: { chapters: [{ startMs: 0 }, { startMs: 5000, title: { fr: 'Suite', en: 'Next' } }] } });
    const listed = await dispatch('chapters.list', { episodeId });
    expect(listed).toMatchObject({ ok: true, value: { findings: [{ problem: 'empty_title', field: 'title.en', index: 0 }] } });
    const imported = await dispatch('chapters.importText', { episodeId, text: '00:00 Start\n00:05 Next', format: 'auto', lang: 'en' });
    expect(imported).toMatchObject({ ok: true, value: { mode: 'merged', matched: 2, findings: [] } });
    const exported = await dispatch('chapters.exportText', { episodeId, format: 'mp4chaps', lang: 'en' });
    expect(exported).toEqual({ ok: true, value: { fileName: 'raccords-ep-1.chapters.en.mp4chaps.txt', mime: 'text/plain', text: '00:00:00.000 Start\n00:00:05.000 Next\n' } });
  });

  it('answers errors as envelopes: bad arguments, a malformed file with its line, unknown fields', async () => {
    const { dispatch, episodeId } = setup();
    expect(await dispatch('chapters.importText', { episodeId, text: 'x', format: 'docx', lang: 'fr' }))
      .toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'format' } } });
    expect(await dispatch('chapters.importText', { episodeId, text: 'WEBVTT\n\nnope', format: 'vtt', lang: 'fr', path: '/etc/passwd' }))
      .toMatchObject({ ok: false, error: { code: 'validation' } });
    const malformed = await dispatch('chapters.importText', { episodeId, text: 'WEBVTT\n\nnope', format: 'vtt', lang: 'fr' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'chapters_malformed', details: { line: 3 } } });
    if (!malformed.ok) expect(malformed.error.message.fr).toContain('ligne 3');
    expect(await dispatch('chapters.replace', { episodeId, chapters: [{ startMs: 0, title: { fr: '' }, url: 'file:///etc/passwd' }] }))
      .toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'chapters.0.url' } } });
    expect(await dispatch('chapters.list', { episodeId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('chapters.importEmbedded', { episodeId })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
