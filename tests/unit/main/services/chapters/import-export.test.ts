// The chapter services over a real library: import creates or merges in one transaction, a bad
// file changes nothing, export names the file, the audio's own chapters come in the same way.

import { describe, expect, it } from 'vitest';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import { listChapters, replaceChapters } from '../../../../../src/main/services/chapters/chapter-list.js';
import { exportChapterText } from '../../../../../src/main/services/chapters/export-chapters.js';
import { importChapterText, importEmbeddedChapters } from '../../../../../src/main/services/chapters/import-chapters.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { makeAsset, makeShow, tempDir, thrown, useLibrary } from '../library/temp-library.js';

const FRENCH_VTT = 'WEBVTT\n\n00:00.000 --> 01:00.000\nOuverture\n\n01:00.000 --> 05:00.000\nLe marché\n\n05:00.000 --> 10:00.000\nEntrevue\n';
const ENGLISH_TIMESTAMPS = 'Show notes\n00:00 Opening\n01:00 The market\n07:30 Off by far\n';

describe('chapter import and export', () => {
  const lib = useLibrary();
  const episode = (durationMs = 600_000) => {
    const show = makeShow(lib());
    const created = lib().episodes.create({ showId: show.id, number: 5, title: { fr: 'Les élus', en: 'Elected' } });
    return lib().episodes.setAudio(created.id, makeAsset(lib(), { durationMs, path: '/media/ep5.mp3' }).id);
  };

  it('creates chapters from a file, detected from its content, with findings', () => {
    const { id } = episode();
    const result = importChapterText(lib(), { episodeId: id, text: FRENCH_VTT, format: 'auto', lang: 'fr' });
    expect(result).toMatchObject({ format: 'vtt', lang: 'fr', mode: 'created', imported: 3, matched: 0, unmatchedImported: [], unmatchedExisting: [] });
    expect(result.chapters.map((c) => [c.startMs, c.title.fr, c.endMs])).toEqual([[0, 'Ouverture', null], [60_000, 'Le marché', null], [300_000, 'Entrevue', null]]);
    expect(result.findings.map((f) => f.problem)).toEqual(['empty_title', 'empty_title', 'empty_title']);
    expect(listChapters(lib(), id)).toEqual({ chapters: result.chapters, findings: result.findings });
  });

  it('merges English titles onto the French chapters by time, reporting what did not match', () => {
    const { id } = episode();
    const french = importChapterText(lib(), { episodeId: id, text: FRENCH_VTT, format: 'vtt', lang: 'fr' }).chapters;
    const result = importChapterText(lib(), { episodeId: id, text: ENGLISH_TIMESTAMPS, format: 'auto', lang: 'en', fileName: 'notes.txt' });
    expect(result).toMatchObject({ format: 'timestamps', mode: 'merged', imported: 3, matched: 2 });
    expect(result.chapters.map((c) => [c.id, c.title.fr, c.title.en])).toEqual([
      [french[0]!.id, 'Ouverture', 'Opening'], [french[1]!.id, 'Le marché', 'The market'], [french[2]!.id, 'Entrevue', ''],
    ]);
    expect(result.unmatchedImported).toEqual([{ startMs: 450_000, title: 'Off by far' }]);
    expect(result.unmatchedExisting).toEqual([{ id: french[2]!.id, startMs: 300_000, title: { fr: 'Entrevue', en: '' } }]);
    const wider = importChapterText(lib(), { episodeId: id, text: ENGLISH_TIMESTAMPS, format: 'timestamps', lang: 'en', toleranceMs: 200_000 });
    expect(wider.matched).toBe(3);
  });

  it('changes nothing when the file is malformed or its format unknown', () => {
    const { id } = episode();
    const before = importChapterText(lib(), { episodeId: id, text: FRENCH_VTT, format: 'vtt', lang: 'fr' }).chapters;
    const bad = thrown(() => importChapterText(lib(), { episodeId: id, text: '00:00 Opening\n\n1:75 Broken', format: 'timestamps', lang: 'en' }));
    expect(bad).toMatchObject({ code: 'chapters_malformed', details: { line: 3, format: 'timestamps' } });
    expect(bad.message).toContain('line 3: timestamp 1:75 is not a time');
    expect(thrown(() => importChapterText(lib(), { episodeId: id, text: 'nothing here', format: 'auto', lang: 'en' })))
      .toMatchObject({ code: 'chapters_malformed', details: { format: 'auto' } });
    expect(lib().chapters.list(id)).toEqual(before);
  });

  it('exports with a file name, media type and the episode\'s titles; refuses an empty list', () => {
    const { id } = episode(90_000);
    expect(thrown(() => exportChapterText(lib(), { episodeId: id, format: 'json', lang: 'fr' }))).toMatchObject({ code: 'validation' });
    replaceChapters(lib(), id, [{ startMs: 0, title: { fr: 'Début', en: 'Start' } }, { startMs: 30_000, title: { fr: 'Fin', en: 'End' } }]);
    const json = exportChapterText(lib(), { episodeId: id, format: 'json', lang: 'en' });
    expect(json).toMatchObject({ fileName: 'raccords-ep-5.chapters.en.json', mime: 'application/json+chapters' });
    expect(JSON.parse(json.text)).toMatchObject({ version: '1.2.0', title: 'Elected', podcastName: 'Connections' });
    const cue = exportChapterText(lib(), { episodeId: id, format: 'cue', lang: 'fr' });
    expect(cue.fileName).toBe('raccords-ep-5.chapters.fr.cue');
    expect(cue.text).toContain('FILE "ep5.mp3" MP3');
    expect(exportChapterText(lib(), { episodeId: id, format: 'vtt', lang: 'fr' }).text).toContain('00:00:30.000 --> 00:01:30.000\nFin');
    replaceChapters(lib(), id, [{ startMs: 0, title: { fr: 'caché' }, hidden: true }]);
    expect(thrown(() => exportChapterText(lib(), { episodeId: id, format: 'psc', lang: 'fr' })).message).toContain('every chapter is hidden');
    expect(exportChapterText(lib(), { episodeId: id, format: 'json', lang: 'fr' }).text).toContain('"toc": false');
  });

  it('imports the chapters embedded in the episode\'s MP3, in the episode\'s language, then merges', async () => {
    const show = makeShow(lib());
    const file = await makeAudio(tempDir(), {
      name: 'ep7.mp3', format: 'mp3', seconds: 4,
      chapters: [{ startMs: 0, endMs: 1500, title: 'Début' }, { startMs: 1500, endMs: 4000, title: 'Fin' }],
    });
    const { id } = await importAudio(lib(), { showId: show.id, episodeId: null, path: file });
    lib().episodes.update(id, { spoken: 'fr' });
    const result = importEmbeddedChapters(lib(), { episodeId: id });
    expect(result).toMatchObject({ format: 'embedded', lang: 'fr', mode: 'created', imported: 2 });
    expect(result.chapters.map((c) => [c.startMs, c.title.fr, c.endMs])).toEqual([[0, 'Début', null], [1500, 'Fin', null]]);
    const again = importEmbeddedChapters(lib(), { episodeId: id, lang: 'en' });
    expect(again).toMatchObject({ mode: 'merged', matched: 2 });
    expect(again.chapters.map((c) => c.title)).toEqual([{ fr: 'Début', en: 'Début' }, { fr: 'Fin', en: 'Fin' }]);
  });

  it('says so when there is no audio, or the audio has no chapters', () => {
    const show = makeShow(lib());
    const bare = lib().episodes.create({ showId: show.id });
    expect(thrown(() => importEmbeddedChapters(lib(), { episodeId: bare.id }))).toMatchObject({ code: 'validation', details: { field: 'episodeId' } });
    const withAudio = lib().episodes.setAudio(bare.id, makeAsset(lib()).id);
    expect(thrown(() => importEmbeddedChapters(lib(), { episodeId: withAudio.id })).message).toContain('has no chapters of its own');
  });
});
