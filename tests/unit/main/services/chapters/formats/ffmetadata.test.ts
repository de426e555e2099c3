// FFmetadata: sections, time bases, and ffmpeg's backslash escaping.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

describe('ffmetadata', () => {
  it('reads time bases, escapes (including an escaped line break), comments and other sections', () => {
    const text = [
      ';FFMETADATA1', 'title=Épisode \\= 5', 'artist=Raccords', '', '[STREAM]', 'title=ignored', '',
      '[CHAPTER]', 'TIMEBASE=1/1000', 'START=0', 'END=62500', 'title=Questions \\; réponses \\#1 \\\\ a\\=b',
      '# a comment', '[CHAPTER]', 'TIMEBASE=1/44100', 'START=2756250', 'END=5512500', 'title=Deux\\', 'lignes',
      '[CHAPTER]', 'START=100000000000', 'title=Nanosecondes',
    ].join('\n');
    const chapters = parse('ffmetadata', text, 'fr', 100_000);
    expect(summary(chapters)).toEqual([[0, 'Questions ; réponses #1 \\ a=b'], [62_500, 'Deux lignes'], [100_000, 'Nanosecondes']]);
    expect(chapters.map((c) => c.endMs)).toEqual([null, 125_000, null]);
  });

  it('writes TIMEBASE=1/1000 and every END, escaping = ; # and backslash', () => {
    expect(FORMATS.ffmetadata.serialize([ch(0, 'a=b;c#d\\e'), ch(5000, 'f')], { lang: 'fr', durationMs: 9000, episodeTitle: 'Ép' }))
      .toBe(';FFMETADATA1\ntitle=Ép\n\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5000\ntitle=a\\=b\\;c\\#d\\\\e\n\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=5000\nEND=9000\ntitle=f\n');
  });

  it('names the line of a missing header, a bad START or TIMEBASE', () => {
    expect(malformedOf(() => parse('ffmetadata', '[CHAPTER]\nSTART=0'))).toMatchObject({ line: 1 });
    const start = malformedOf(() => parse('ffmetadata', ';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1:75\nEND=5'));
    expect(start).toMatchObject({ line: 4 });
    expect(start.problem).toContain('START="1:75" is not a whole number');
    expect(malformedOf(() => parse('ffmetadata', ';FFMETADATA1\n\n[CHAPTER]\nTIMEBASE=1/0\nSTART=0'))).toMatchObject({ line: 4 });
    expect(malformedOf(() => parse('ffmetadata', ';FFMETADATA1\n[CHAPTER]\nEND=5'))).toMatchObject({ line: 2, problem: '[CHAPTER] without START=' });
  });
});
