// Building the FTS5 MATCH text from what a user typed.

import { describe, expect, it } from 'vitest';
import { searchTerms, toFtsQuery } from '../../../../../src/main/services/library/search-query.js';

describe('toFtsQuery', () => {
  it('quotes every word as a prefix term, ANDed', () => {
    expect(toFtsQuery('labo chercheuses')).toBe('"labo"* "chercheuses"*');
  });

  it('drops FTS syntax and punctuation, keeping words', () => {
    expect(toFtsQuery('"élus" NEAR(labo, 2) *x* ^title:y ]]>')).toBe(
      '"elus"* "NEAR"* "labo"* "2"* "x"* "title"* "y"*',
    );
    expect(toFtsQuery("l'été")).toBe('"l"* "ete"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const text of ['', '   ', '"', '*', '()', ']]>', '🙂']) expect(toFtsQuery(text)).toBeNull();
  });

  it('folds combining accents rather than splitting the word on them', () => {
    expect(searchTerms('e\u0301lus')).toEqual(['elus']);
  });

  it('keeps at most 12 words', () => {
    expect(searchTerms('a b c d e f g h i j k l m n o')).toHaveLength(12);
  });
});
