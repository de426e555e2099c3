// Auto-detection: content first, the file name as a hint, then the shape of the lines.

import { describe, expect, it } from 'vitest';
import { CHAPTER_FORMATS } from '../../../../../src/shared/domain/types.js';
import { detectFormat } from '../../../../../src/main/services/chapters/detect-format.js';
import { FORMATS } from '../../../../../src/main/services/chapters/formats/index.js';
import { ch } from './chapter-fixtures.js';

describe('detectFormat', () => {
  it.each(CHAPTER_FORMATS)('recognises what %s export writes, without a file name', (format) => {
    const chapters = [ch(0, 'Ouverture'), ch(62_500, 'Le marché', { url: 'https://example.org/' }), ch(3_723_000, 'Fin')];
    const text = FORMATS[format].serialize(chapters, { lang: 'fr', durationMs: 4_000_000, audioFileName: 'ep.mp3' });
    expect(detectFormat(text)).toBe(format);
  });

  it('recognises real-world variants', () => {
    expect(detectFormat('\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nA')).toBe('vtt');
    expect(detectFormat('  [ {"startTime": 0} ]')).toBe('json');
    expect(detectFormat('<?xml version="1.0"?>\n<rss><item><psc:chapters><psc:chapter start="0"/></psc:chapters></item></rss>')).toBe('psc');
    expect(detectFormat('0,000000\t0,000000\tOuverture\n\\\t100\t200\n')).toBe('audacity');
    expect(detectFormat('Notes de l’épisode\n(00:00) Ouverture\n(02:30) Marché')).toBe('timestamps');
    expect(detectFormat('[00:00] Ouverture\n[02:30] Marché')).toBe('timestamps');
  });

  it('takes the file name as a hint when the content does not say, and gives up on plain prose', () => {
    expect(detectFormat('00:00 Ouverture', 'ep.mp4chaps.txt')).toBe('mp4chaps');
    expect(detectFormat('garbage', 'chapters.vtt')).toBe('vtt');
    expect(detectFormat('WEBVTT\n', 'chapters.json')).toBe('vtt');
    expect(detectFormat('Just prose, no times.', 'notes.txt')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});
