// The content hash behind staleness: FNV-1a 64 of the text with spacing normalised.

import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../src/shared/notes/content-hash.js';

describe('contentHash', () => {
  it('is FNV-1a 64 (published test vectors)', () => {
    expect(contentHash('')).toBe('cbf29ce484222325');
    expect(contentHash('a')).toBe('af63dc4c8601ec8c');
    expect(contentHash('foobar')).toBe('85944171f73967e8');
  });

  it('ignores spacing and Unicode form, not words or case', () => {
    expect(contentHash(' La  27e\nRégion ')).toBe(contentHash('La 27e Région'));
    expect(contentHash('Re\u0301gion')).toBe(contentHash('Région'));
    expect(contentHash('la 27e région')).not.toBe(contentHash('La 27e Région'));
    expect(contentHash('initiateur')).not.toBe(contentHash('fondateur'));
  });
});
