// Importing a transcript into a real library: the copy in assets/ named by its hash, the facts
// recorded (format, MIME type, cues, end, the chosen file's name), one per language, replaced
// and removed; a malformed or missing file stores nothing, not even a stray copy.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTranscript } from '../../../../../src/main/services/transcripts/import-transcript.js';
import { makeShow, tempDir, thrown, useLibrary } from '../library/temp-library.js';
import { GOOD_SRT, GOOD_VTT } from './transcript-fixtures.js';

const assetFiles = (dir: string) => fs.readdirSync(path.join(dir, 'assets')).sort();

describe('importing a transcript', () => {
  const lib = useLibrary();
  const episode = () => lib().episodes.create({ showId: makeShow(lib()).id, number: 5 });
  const file = (name: string, text: string | Buffer) => {
    const target = path.join(tempDir('balado-transcript-'), name);
    fs.writeFileSync(target, text);
    return target;
  };

  it('copies a valid file into assets/ and records its facts on the episode', async () => {
    const ep = episode();
    const source = file('épisode 5 (fr).vtt', GOOD_VTT);
    const updated = await importTranscript(lib(), { episodeId: ep.id, lang: 'fr', path: source });
    const [fr] = updated.transcripts;
    expect(updated.transcripts).toHaveLength(1);
    expect(fr).toMatchObject({ lang: 'fr', format: 'vtt', mime: 'text/vtt', fileName: 'épisode 5 (fr).vtt', cues: 3, endMs: 3_602_250 });
    expect(fr?.size).toBe(fs.statSync(source).size);
    expect(fr?.path).toBe(path.join(lib().dir, 'assets', `${fr?.sha256}.vtt`));
    expect(fs.readFileSync(fr?.path as string)).toEqual(fs.readFileSync(source));
    // The user's file can go: the library has its own copy.
    fs.rmSync(source);
    expect(lib().episodes.get(ep.id).transcripts[0]?.path).toBe(fr?.path);
  });

  it('keeps one transcript per language, French first, and replaces a language’s file', async () => {
    const ep = episode();
    await importTranscript(lib(), { episodeId: ep.id, lang: 'en', path: file('en.srt', GOOD_SRT) });
    await importTranscript(lib(), { episodeId: ep.id, lang: 'fr', path: file('fr.vtt', GOOD_VTT) });
    const replaced = await importTranscript(lib(), { episodeId: ep.id, lang: 'en', path: file('en.vtt', GOOD_VTT) });
    expect(replaced.transcripts.map((t) => [t.lang, t.format, t.fileName])).toEqual([['fr', 'vtt', 'fr.vtt'], ['en', 'vtt', 'en.vtt']]);
    const removed = lib().episodeMedia.removeTranscript(ep.id, 'fr');
    expect(removed.transcripts.map((t) => t.lang)).toEqual(['en']);
    expect(thrown(() => lib().episodeMedia.removeTranscript(ep.id, 'fr'))).toMatchObject({ code: 'not_found' });
  });

  it('stores nothing for a malformed file: no row, no copy, the line named in both languages', async () => {
    const ep = episode();
    const before = assetFiles(lib().dir);
    const error = await importTranscript(lib(), { episodeId: ep.id, lang: 'fr', path: file('bad.vtt', 'WEBVTT\n\n00:00.000 -> 00:01.000\nA\n') })
      .then(() => null, (e: unknown) => e as { code: string; messages: { fr: string; en: string } });
    if (!error) throw new Error('the malformed file was accepted');
    expect(error).toMatchObject({ code: 'transcript_malformed' });
    expect(error.messages.fr).toBe('Transcription illisible « bad.vtt » (WebVTT), ligne 3 : ligne de minutage attendue (00:00:01.000 --> 00:00:04.000) — rien n\'a été enregistré.');
    expect(error.messages.en).toContain('line 3');
    expect(lib().episodes.get(ep.id).transcripts).toEqual([]);
    expect(assetFiles(lib().dir)).toEqual(before);
  });

  it('answers file_missing and not_found before writing anything', async () => {
    const ep = episode();
    await expect(importTranscript(lib(), { episodeId: ep.id, lang: 'fr', path: '/nowhere/x.vtt' })).rejects.toMatchObject({ code: 'file_missing' });
    await expect(importTranscript(lib(), { episodeId: 999, lang: 'fr', path: file('a.vtt', GOOD_VTT) })).rejects.toMatchObject({ code: 'not_found' });
    expect(assetFiles(lib().dir)).toEqual([]);
  });

  it('refuses a language the library does not publish', async () => {
    const ep = episode();
    const error = await importTranscript(lib(), { episodeId: ep.id, lang: 'de' as 'fr', path: file('a.vtt', GOOD_VTT) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', details: { field: 'transcript.lang' } });
    expect(lib().episodes.get(ep.id).transcripts).toEqual([]);
  });
});
