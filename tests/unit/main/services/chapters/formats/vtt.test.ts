// WebVTT chapters: identifiers, hours omitted, NOTE blocks, escapes, implied ends.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

const VTT = `\uFEFFWEBVTT - Raccords, épisode 5
Kind: chapters

NOTE written by hand
with two lines

intro
00:00.000 --> 01:02.500
Ouverture &amp; accueil

00:01:02.500 --> 00:10:00.000 align:start
<b>Le</b> marché
sur deux lignes

99
10:00.000 --> 12:00.000
Questions &lt;3
`;

describe('vtt chapters', () => {
  it('reads cue identifiers, hours omitted, settings, NOTE blocks, tags and entities', () => {
    const chapters = parse('vtt', VTT, 'fr', 720_000);
    expect(summary(chapters)).toEqual([[0, 'Ouverture & accueil'], [62_500, 'Le marché sur deux lignes'], [600_000, 'Questions <3']]);
    // Each cue ends where the next starts, the last at the end of the audio: all implied.
    expect(chapters.map((c) => c.endMs)).toEqual([null, null, null]);
    expect(parse('vtt', VTT, 'fr', 900_000).at(-1)?.endMs).toBe(720_000);
  });

  it('writes an end for every cue: the next start, else the audio length', () => {
    const text = FORMATS.vtt.serialize([ch(0, 'A & B'), ch(5000, 'C -->', { endMs: 6000 }), ch(9000, 'D')], { lang: 'fr', durationMs: 10_000 });
    expect(text).toBe('WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:00:05.000\nA &amp; B\n\nchapter-2\n00:00:05.000 --> 00:00:06.000\nC --&gt;\n\nchapter-3\n00:00:09.000 --> 00:00:10.000\nD\n');
  });

  it('names the line of a bad header, timing line or timestamp', () => {
    expect(malformedOf(() => parse('vtt', '00:00.000 --> 00:01.000\nA'))).toMatchObject({ line: 1 });
    expect(malformedOf(() => parse('vtt', 'WEBVTT\n\nid\nnot a timing\ntext'))).toMatchObject({ line: 4 });
    const time = malformedOf(() => parse('vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\n1:75.000 --> 2:00.000\nB'));
    expect(time).toMatchObject({ line: 6 });
    expect(time.problem).toContain('"1:75.000" is not a WebVTT time');
    expect(malformedOf(() => parse('vtt', 'WEBVTT\n\n00:05.000 --> 00:01.000\nA')).problem).toContain('is not after start');
  });
});
