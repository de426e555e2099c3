import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/renderer/lib/decode-text.js';

describe('decodeText', () => {
  const text = 'Qu’est-ce que Raccords? Épisode 5';

  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });

  it('reads UTF-16 with its byte-order mark, as CAT tools write TMX', () => {
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeText(new Uint8Array(le))).toBe(text);
    expect(decodeText(new Uint8Array(be))).toBe(text);
  });

  it('falls back to Windows-1252 for old files that are not UTF-8', () => {
    // "Épisode d'été" in Windows-1252 (É = C9, é = E9): invalid UTF-8, so never replacement characters.
    // Node decodes 0x80–0x9F (’, «…) as Latin-1 where Chromium follows Windows-1252, so they are not tested here.
    const bytes = new Uint8Array([0xc9, ...new TextEncoder().encode("pisode d'"), 0xe9, ...new TextEncoder().encode('t'), 0xe9]);
    expect(decodeText(bytes)).toBe("Épisode d'été");
  });
});
