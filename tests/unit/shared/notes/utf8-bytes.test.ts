// Counting bytes as Apple does for its 4000-byte description limit: an accented letter is two.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLE_DESCRIPTION_LIMIT, codePointLength, utf8ByteLength } from '../../../../src/shared/notes/utf8-bytes.js';

describe('utf8ByteLength', () => {
  it('counts ASCII as one, accented letters as two, € as three, emoji as four', () => {
    expect(utf8ByteLength('Raccords')).toBe(8);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('Stéphane Région Montréal')).toBe(27);
    expect(utf8ByteLength('«»')).toBe(4);
    expect(utf8ByteLength('’')).toBe(3);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('🎙️')).toBe(7);
    expect(utf8ByteLength('')).toBe(0);
  });

  it('agrees with TextEncoder on any text, lone surrogates included (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
    }), { numRuns: 500 });
    expect(utf8ByteLength('a\uD800b')).toBe(encoder.encode('a\uD800b').length);
  });

  it('knows the limit and counts characters as code points', () => {
    expect(APPLE_DESCRIPTION_LIMIT).toBe(4000);
    expect(utf8ByteLength('é'.repeat(2000))).toBe(4000);
    expect(codePointLength('é🎙')).toBe(2);
  });
});
