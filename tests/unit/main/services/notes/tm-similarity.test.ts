// Fuzzy-match percentages: word-level edit distance over the longer segment's token count.

import { describe, expect, it } from 'vitest';
import { lengthWindow, similarity, tokenDistance } from '../../../../../src/main/services/notes/tm-similarity.js';

describe('similarity', () => {
  it('is 100 for the same text (spacing aside), 99 when only case or accents differ', () => {
    expect(similarity('Raccords est un balado.', ' Raccords  est un balado. ')).toBe(100);
    expect(similarity('Raccords est un balado de Montréal.', 'raccords est un balado de Montreal.')).toBe(99);
  });

  it('counts words and punctuation changed against the longer segment', () => {
    // 10 tokens, one word replaced: 90 %.
    expect(similarity('Raccords est un balado réalisé par la MIS à Montréal', 'Raccords est un balado produit par la MIS à Montréal')).toBe(90);
    // 10 vs 12 tokens, two words added: 1 − 2/12 = 83.3 → 83 %.
    expect(similarity('Raccords est un balado réalisé par la MIS à Montréal', 'Raccords est un balado réalisé et financé par la MIS à Montréal')).toBe(83);
    // 3 changes in 10: exactly 70 %, still shown.
    expect(similarity('un deux trois quatre cinq six sept huit neuf dix', 'un deux trois quatre cinq six sept A B C')).toBe(70);
  });

  it('gives nothing below 70 %', () => {
    expect(similarity('un deux trois quatre cinq six sept huit neuf dix', 'un deux trois quatre cinq six A B C D')).toBeNull();
    expect(similarity('Bonjour', 'Merci')).toBeNull();
    expect(similarity('', 'x')).toBeNull();
  });

  it('stops early once the distance must exceed the limit', () => {
    expect(tokenDistance(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(tokenDistance(['a', 'b', 'c'], ['x', 'y', 'z'], 1)).toBeNull();
    expect(tokenDistance(['a'], ['a', 'b', 'c', 'd'], 2)).toBeNull();
  });

  it('knows which lengths can reach 70 %', () => {
    expect(lengthWindow(10)).toEqual({ min: 7, max: 14 });
  });
});
