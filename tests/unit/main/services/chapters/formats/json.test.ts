// Podcasting 2.0 JSON chapters: the 1.2 shape written, older shapes read, bad files named by line.

import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../../../../src/main/services/chapters/formats/index.js';
import { ch, malformedOf, parse, summary } from '../chapter-fixtures.js';

describe('json chapters', () => {
  it('reads a 1.2.0 file: titles, links, images, toc:false, endTime, ignoring location', () => {
    const chapters = parse('json', JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Ouverture', img: 'https://example.org/a.jpg' },
        { startTime: 62.5, endTime: 120, title: 'Le marché', url: 'https://example.org/marche', location: { name: 'Montréal', geo: 'geo:45.5,-73.6' } },
        { startTime: 130.25, toc: false },
      ],
    }), 'fr');
    expect(chapters).toEqual([
      ch(0, 'Ouverture', { img: 'https://example.org/a.jpg' }),
      ch(62_500, 'Le marché', { endMs: 120_000, url: 'https://example.org/marche' }),
      ch(130_250, '', { hidden: true }),
    ]);
  });

  it('reads the legacy shapes: a bare array, Podlove-style start/href/image, unsorted', () => {
    const text = '[{"start": "00:01:00.000", "title": "Two", "href": "https://a.example/"}, {"start": 0, "title": "One", "image": "https://a.example/i.png"}]';
    expect(parse('json', text, 'en')).toEqual([
      { ...ch(0, '', { img: 'https://a.example/i.png' }), title: { fr: '', en: 'One' } },
      { ...ch(60_000, '', { url: 'https://a.example/' }), title: { fr: '', en: 'Two' } },
    ]);
  });

  it('writes version 1.2.0, toc:false for hidden chapters, endTime only when set, empty fields left out', () => {
    const text = FORMATS.json.serialize([ch(0, 'Début'), ch(1500, '', { hidden: true, endMs: 2000 })], { lang: 'fr', episodeTitle: 'Ép. 5', showTitle: 'Raccords' });
    expect(JSON.parse(text)).toEqual({
      version: '1.2.0',
      podcastName: 'Raccords',
      title: 'Ép. 5',
      chapters: [{ startTime: 0, title: 'Début' }, { startTime: 1.5, endTime: 2, toc: false }],
    });
  });

  it('names the line of a syntax error and of a bad chapter', () => {
    expect(malformedOf(() => parse('json', '{\n  "version": "1.2.0",\n  "chapters": [\n    {"startTime": 0,}\n  ]\n}'))).toMatchObject({ line: 4 });
    const bad = malformedOf(() => parse('json', '{"chapters": [\n {"startTime": 0},\n {"startTime": "soon", "title": "x"}\n]}'));
    expect(bad).toMatchObject({ line: 3 });
    expect(bad.problem).toContain('startTime "soon" is not a time');
    expect(malformedOf(() => parse('json', '{"chapters": [\n{"title": "no start"}]}'))).toMatchObject({ line: 2, problem: 'chapter 1 has no startTime' });
    expect(malformedOf(() => parse('json', '{"chapters": [{"startTime": 1, "url": "javascript:alert(1)"}]}')).problem).toContain('not a web address');
    expect(malformedOf(() => parse('json', '{"chapters": [{"startTime": 5, "endTime": 2}]}')).problem).toContain('is not after start');
    expect(malformedOf(() => parse('json', '{"chapters": []}'))).toMatchObject({ line: null, problem: 'no chapters found' });
    expect(malformedOf(() => parse('json', '{"version": "1.2.0"}')).problem).toContain('"chapters" array');
  });

  it('keeps a "__proto__" key as data', () => {
    expect(summary(parse('json', '{"chapters": [{"startTime": 0, "title": "ok", "__proto__": {"polluted": true}}]}'))).toEqual([[0, 'ok']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
