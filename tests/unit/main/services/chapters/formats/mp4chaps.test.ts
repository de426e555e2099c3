// mp4chaps text: `HH:MM:SS.mmm Title <url>`.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

describe('mp4chaps', () => {
  it('reads times with and without milliseconds, links in angle brackets, CRLF and blank lines', () => {
    const chapters = parse('mp4chaps', '00:00:00.000 Ouverture\r\n\r\n00:01:02.5 Le <b>marché</b> <https://example.org/m?a=1>\r\n1:00:00 Fin\r\n');
    expect(summary(chapters)).toEqual([[0, 'Ouverture'], [62_500, 'Le <b>marché</b>'], [3_600_000, 'Fin']]);
    expect(chapters[1]?.url).toBe('https://example.org/m?a=1');
  });

  it('writes one line per chapter, link last', () => {
    expect(FORMATS.mp4chaps.serialize([ch(0, 'Début', { url: 'https://a.example/' }), ch(3_723_004, ''), ch(4_000_000, 'x', { hidden: true })], { lang: 'fr' }))
      .toBe('00:00:00.000 Début <https://a.example/>\n01:02:03.004\n');
  });

  it('names the line of a bad timestamp', () => {
    const bad = malformedOf(() => parse('mp4chaps', '00:00:00.000 A\n00:01:00.000 B\n\n\n\n\n1:75 C'));
    expect(bad).toMatchObject({ line: 7 });
    expect(bad.problem).toContain('timestamp "1:75" is not a time');
    expect(bad.message).toContain('line 7');
  });
});
