// CUE sheets: 75 frames a second, titles in quotes, the commands real sheets carry.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

const CUE = `REM GENRE Podcast
PERFORMER "Raccords"
TITLE "Épisode 5"
FILE "ep5.mp3" MP3
  TRACK 01 AUDIO
    TITLE "Ouverture"
    PERFORMER "Marie-Ève"
    INDEX 01 00:00:00
  TRACK 02 AUDIO
    TITLE "Le "grand" marché"
    INDEX 00 01:00:00
    INDEX 01 01:02:38
  track 03 audio
    title Sans guillemets
    index 01 75:00:74
`;

describe('cue sheets', () => {
  it('reads tracks with frames, pregaps, lower-case commands, stray quotes and minutes past 60', () => {
    expect(summary(parse('cue', CUE))).toEqual([[0, 'Ouverture'], [62_507, 'Le "grand" marché'], [4_500_987, 'Sans guillemets']]);
  });

  it('writes FILE, TRACK, TITLE and INDEX 01 in frames; a double quote becomes a single one', () => {
    const text = FORMATS.cue.serialize([ch(0, 'Dit "bonjour"'), ch(62_500, 'Deux')], { lang: 'fr', episodeTitle: 'Ép. 5', audioFileName: 'ep5.mp3' });
    expect(text).toBe('TITLE "Ép. 5"\nFILE "ep5.mp3" MP3\n  TRACK 01 AUDIO\n    TITLE "Dit \'bonjour\'"\n    INDEX 01 00:00:00\n  TRACK 02 AUDIO\n    TITLE "Deux"\n    INDEX 01 01:02:38\n');
  });

  it('refuses more than 99 tracks on export', () => {
    const many = Array.from({ length: 100 }, (_, i) => ch(i * 1000, `c${i}`));
    expect(() => FORMATS.cue.serialize(many, { lang: 'fr' })).toThrow(/at most 99 tracks/);
  });

  it('names the line of a bad INDEX, a track without INDEX 01, an unknown command', () => {
    const frames = malformedOf(() => parse('cue', 'FILE "a.mp3" MP3\n  TRACK 01 AUDIO\n    INDEX 01 00:00:75'));
    expect(frames).toMatchObject({ line: 3 });
    expect(frames.problem).toContain('is not MM:SS:FF');
    expect(malformedOf(() => parse('cue', 'FILE "a.mp3" MP3\n  TRACK 01 AUDIO\n    TITLE "x"'))).toMatchObject({ line: 2, problem: 'track 01 has no INDEX 01' });
    expect(malformedOf(() => parse('cue', 'FILE "a.mp3" MP3\nBOGUS 1'))).toMatchObject({ line: 2 });
    expect(malformedOf(() => parse('cue', 'FILE "a.mp3" MP3\nFILE "b.mp3" MP3'))).toMatchObject({ line: 2 });
  });
});
