// Episode artwork and transcripts across the boundary the UI uses: the contract's schemas refuse
// bad arguments with bilingual messages naming the field, the browser host's policy refuses any
// path outside its uploads, good uploads land on the episode, and the media route (browser host
// and Electron's balado-media://) serves the thumbnail as an image with its own content type.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../../src/main/host/dispatch.js';
import { EventBus } from '../../../../src/main/host/event-bus.js';
import { createHandlers } from '../../../../src/main/host/handlers.js';
import { onlyInside } from '../../../../src/main/host/import-policy.js';
import { assetMediaResponse } from '../../../../src/main/host/media-response.js';
import { mediaResponse } from '../../../../src/main/electron/protocol-responses.js';
import { Library } from '../../../../src/main/services/library/library.js';
import type { Envelope, WireError } from '../../../../src/shared/api/errors.js';
import type { Episode } from '../../../../src/shared/domain/types.js';
import { makeImage } from '../../../helpers/make-image.js';

let tmp: string;
let library: Library;
let dispatch: Dispatch;
let episodeId: number;
/** Files as the browser host stores uploads: imports/<uuid>/<name>. */
let upload: { art: string; vtt: string };

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-media-calls-'));
  library = Library.open(path.join(tmp, 'library'));
  const imports = path.join(library.dir, 'imports');
  dispatch = createDispatch(createHandlers({
    library, events: new EventBus(), importPolicy: onlyInside(imports),
    info: { path: library.dir, appVersion: 'test', canImportByPath: false },
  }));
  const folder = path.join(imports, 'a1b2');
  fs.mkdirSync(folder, { recursive: true });
  upload = {
    art: await makeImage(folder, 'couverture.png', '1400x1400'),
    vtt: path.join(folder, 'ep1.fr.vtt'),
  };
  fs.writeFileSync(upload.vtt, 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour.\n');
  const show = library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Connections' } });
  episodeId = library.episodes.create({ showId: show.id, number: 1 }).id;
});
afterAll(() => {
  library.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function fails(name: string, args: unknown): Promise<WireError> {
  const envelope = await dispatch(name, args);
  if (envelope.ok) throw new Error(`${name} succeeded: ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

async function ok(name: string, args: unknown): Promise<Episode> {
  const envelope = (await dispatch(name, args)) as Envelope<Episode>;
  if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.message.en}`);
  return envelope.value;
}

describe('episode media calls', () => {
  it('refuses a language other than fr or en, naming the field in French and English', async () => {
    const error = await fails('episodes.setTranscript', { id: episodeId, lang: 'de', path: upload.vtt });
    expect(error).toMatchObject({ code: 'validation', details: { field: 'lang' } });
    expect(error.message.fr).toBe('Valeur invalide pour « lang » : valeur non permise');
    expect(error.message.en).toBe('Invalid value for "lang": value not allowed');
    expect((await fails('episodes.removeTranscript', { id: episodeId, lang: 'FR' })).details).toMatchObject({ field: 'lang' });
  });

  it('refuses relative paths, missing ids and arguments the contract does not know', async () => {
    const relative = await fails('episodes.setArtwork', { id: episodeId, path: 'couverture.png' });
    expect(relative).toMatchObject({ code: 'validation', details: { field: 'path', problemFr: 'chemin absolu attendu' } });
    expect((await fails('episodes.setArtwork', { path: upload.art })).details).toMatchObject({ field: 'id' });
    expect((await fails('episodes.removeArtwork', { id: -1 })).details).toMatchObject({ field: 'id' });
    expect((await fails('episodes.setTranscript', { id: episodeId, lang: 'fr', path: upload.vtt, format: 'vtt' })).code).toBe('validation');
  });

  it('refuses a path outside the browser host’s uploads (path_forbidden) and a missing upload', async () => {
    const outside = path.join(tmp, 'secret.vtt');
    fs.writeFileSync(outside, 'WEBVTT\n\n00:00.000 --> 00:01.000\nA\n');
    expect((await fails('episodes.setTranscript', { id: episodeId, lang: 'fr', path: outside })).code).toBe('path_forbidden');
    expect((await fails('episodes.setArtwork', { id: episodeId, path: path.join(library.dir, 'imports', 'x', 'gone.png') })).code).toBe('file_missing');
    expect(library.episodes.get(episodeId)).toMatchObject({ artwork: null, transcripts: [] });
  });

  it('sets and removes artwork and a transcript from uploads, answering the updated episode', async () => {
    const withArt = await ok('episodes.setArtwork', { id: episodeId, path: upload.art });
    expect(withArt.artwork).toMatchObject({ width: 1400, height: 1400, mime: 'image/png', colorModel: 'rgb' });
    const withText = await ok('episodes.setTranscript', { id: episodeId, lang: 'fr', path: upload.vtt });
    expect(withText.transcripts).toMatchObject([{ lang: 'fr', format: 'vtt', fileName: 'ep1.fr.vtt', cues: 1, endMs: 2000 }]);
    expect((await ok('episodes.removeTranscript', { id: episodeId, lang: 'fr' })).transcripts).toEqual([]);
    expect((await fails('episodes.removeTranscript', { id: episodeId, lang: 'fr' })).code).toBe('not_found');
    expect((await ok('episodes.removeArtwork', { id: episodeId })).artwork).toBeNull();
  });

  it('says what is wrong with a malformed transcript, and keeps the one stored before', async () => {
    await ok('episodes.setTranscript', { id: episodeId, lang: 'en', path: upload.vtt });
    const bad = path.join(library.dir, 'imports', 'a1b2', 'bad.srt');
    fs.writeFileSync(bad, '1\n00:00:01,000 --> 00:00:02,000\nUn\n2\n00:00:02,000 --> 00:00:03,000\nDeux\n');
    const error = await fails('episodes.setTranscript', { id: episodeId, lang: 'en', path: bad });
    expect(error).toMatchObject({ code: 'transcript_malformed', details: { line: 5, file: 'bad.srt' } });
    expect(error.message.fr).toContain('ligne 5');
    expect(library.episodes.get(episodeId).transcripts.map((t) => t.fileName)).toEqual(['ep1.fr.vtt']);
  });

  it('serves the artwork through the media route as image/png, whole or by range', async () => {
    const episode = await ok('episodes.setArtwork', { id: episodeId, path: upload.art });
    const assetId = episode.artwork?.assetId as number;
    const whole = assetMediaResponse(library, assetId, null);
    expect(whole.status).toBe(200);
    expect(whole.headers).toMatchObject({ 'content-type': 'image/png', 'content-length': String(episode.artwork?.size) });
    const read = async (body: typeof whole.body) => {
      const chunks: Buffer[] = [];
      for await (const chunk of body ?? []) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    };
    expect((await read(whole.body)).length).toBe(episode.artwork?.size);
    const head = assetMediaResponse(library, assetId, 'bytes=0-7');
    expect(head.status).toBe(206);
    expect((await read(head.body)).subarray(1, 4).toString('latin1')).toBe('PNG');
    // Electron's balado-media:// answers with the same type, never sniffed.
    const electron = mediaResponse((id, range) => assetMediaResponse(library, id, range), new Request(`balado-media://asset/${assetId}`));
    expect(electron.headers.get('content-type')).toBe('image/png');
    expect(electron.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await electron.arrayBuffer()).byteLength).toBe(episode.artwork?.size);
  });
});

describe('show artwork calls', () => {
  it('sets the show artwork from an upload, reads its facts back from the copy, and removes it', async () => {
    const showId = library.shows.create({ slug: 'art-show', title: { fr: 'Art', en: 'Art' } }).id;
    expect(await ok('shows.artwork', { id: showId })).toEqual({ artwork: null });
    const elsewhere = path.join(tmp, 'elsewhere.png');
    fs.copyFileSync(upload.art, elsewhere);
    expect((await fails('shows.setArtwork', { id: showId, path: elsewhere })).code).toBe('path_forbidden');
    const show = await ok('shows.setArtwork', { id: showId, path: upload.art }) as unknown as { artworkAssetId: number };
    expect(show.artworkAssetId).toEqual(expect.any(Number));
    const { artwork } = await ok('shows.artwork', { id: showId }) as unknown as { artwork: Record<string, unknown> };
    expect(artwork).toMatchObject({ assetId: show.artworkAssetId, mime: 'image/png', width: 1400, height: 1400, colorModel: 'rgb' });
    expect(((await ok('shows.removeArtwork', { id: showId })) as unknown as { artworkAssetId: null }).artworkAssetId).toBeNull();
    expect((await fails('shows.artwork', { id: 987_654 })).code).toBe('not_found');
  });
});
