import { describe, expect, it } from 'vitest';
import { matchingOffset, sentenceEnds } from '../../../src/renderer/lib/notes-split.js';

describe('where the other side of a row splits', () => {
  it('finds sentence ends inside the text', () => {
    expect(sentenceEnds('Un. Deux ! Trois')).toEqual([4, 11]);
    expect(sentenceEnds('Sans fin')).toEqual([]);
  });

  it('takes the sentence end nearest the caret’s proportion', () => {
    const fr = 'Première phrase. Deuxième phrase.';
    const en = 'First sentence. Second sentence.';
    expect(matchingOffset(fr, fr.indexOf('Deuxième'), en)).toBe(en.indexOf('Second'));
  });

  it('keeps a side without sentence ends whole in the first row, and splits at the edges at the edges', () => {
    expect(matchingOffset('Un. Deux.', 4, 'One two')).toBe(7);
    expect(matchingOffset('Un. Deux.', 0, 'One. Two.')).toBe(0);
    expect(matchingOffset('Un. Deux.', 9, 'One. Two.')).toBe(9);
    expect(matchingOffset('Un. Deux.', 4, '')).toBe(0);
  });
});
