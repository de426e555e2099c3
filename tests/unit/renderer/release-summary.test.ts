import { describe, expect, it } from 'vitest';
import type { ReleaseChange } from '../../../src/shared/domain/types.js';
import { formatFileSize, sortFiles, summarizeChanges, totalSize } from '../../../src/renderer/lib/release-summary.js';
import { decodeFeedBytes } from '../../../src/renderer/lib/release-feed-text.js';

const change = (episodeId: number, kind: ReleaseChange['kind'], parts: ReleaseChange['parts'] = []): ReleaseChange =>
  ({ episodeId, slug: `ep-${episodeId}`, title: { fr: `É${episodeId}`, en: `E${episodeId}` }, kind, parts });

describe('release summaries', () => {
  it('lists new, changed, then removed episodes and counts the unchanged ones', () => {
    const s = summarizeChanges([change(1, 'unchanged'), change(2, 'changed', ['notes']), change(3, 'removed'), change(4, 'new'), change(5, 'unchanged')]);
    expect(s.notable.map((c) => [c.episodeId, c.kind])).toEqual([[4, 'new'], [2, 'changed'], [3, 'removed']]);
    expect(s.unchanged).toBe(2);
    expect(summarizeChanges([change(1, 'unchanged')])).toEqual({ notable: [], unchanged: 1 });
  });

  it('totals sizes and lists top-level files before folders', () => {
    const files = [
      { path: 'media/ep-1.mp3', size: 1000, sha256: 'a' },
      { path: 'feed.fr.xml', size: 20, sha256: 'b' },
      { path: 'chapters/ep-1.fr.json', size: 5, sha256: 'c' },
      { path: 'artwork.png', size: 300, sha256: 'd' },
    ];
    expect(totalSize(files)).toBe(1325);
    expect(sortFiles(files).map((f) => f.path)).toEqual(['artwork.png', 'feed.fr.xml', 'chapters/ep-1.fr.json', 'media/ep-1.mp3']);
  });
});

describe('feed file text', () => {
  const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

  it('decodes UTF-8 by default and drops a BOM', () => {
    expect(decodeFeedBytes(new TextEncoder().encode('<rss>Émission</rss>'))).toBe('<rss>Émission</rss>');
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode('<rss>é</rss>')]))).toBe('<rss>é</rss>');
  });

  it('follows the encoding the XML declaration names', () => {
    const latin1 = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss>', [0xc9], 'mission</rss>');
    expect(decodeFeedBytes(latin1)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Émission</rss>');
    // (Node decodes windows-1252 as Latin-1, Chromium as WHATWG says: test a byte both agree on.)
    const cp1252 = bytes("<?xml version='1.0' encoding='windows-1252'?><t>", [0xe7], '</t>');
    expect(decodeFeedBytes(cp1252)).toContain('<t>ç</t>');
  });

  it('decodes UTF-16 with its BOM, and falls back to UTF-8 for an unknown label', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<rss/>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeFeedBytes(utf16)).toBe('<rss/>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="x-nonsense"?><a>é</a>'))).toContain('<a>');
  });
});

describe('file sizes in a column', () => {
  it('keeps one decimal above bytes so figures line up, in each language', () => {
    expect(formatFileSize('fr', 512)).toBe('512 o');
    expect(formatFileSize('fr', 55 * 1024 * 1024).replace(/\s/g, ' ')).toBe('55,0 Mo');
    expect(formatFileSize('en', 1536)).toBe('1.5 KB');
    expect(formatFileSize('en', 3 * 1024 ** 3)).toBe('3.0 GB');
  });
});
