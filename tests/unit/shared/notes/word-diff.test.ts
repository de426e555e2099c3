// The word diff the editor shows for a row whose source changed since its translation.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../../src/shared/notes/word-diff.js';

const side = (ops: ReturnType<typeof wordDiff>, keep: 'delete' | 'insert') =>
  ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => o.text).join('');

describe('wordDiff', () => {
  it('shows a replaced word', () => {
    expect(wordDiff('délégué général et initiateur du projet', 'délégué général et fondateur du projet')).toEqual([
      { op: 'equal', text: 'délégué général et ' },
      { op: 'delete', text: 'initiateur' },
      { op: 'insert', text: 'fondateur' },
      { op: 'equal', text: ' du projet' },
    ]);
  });

  it('shows added and removed words', () => {
    expect(wordDiff('a b c', 'a c d')).toEqual([
      { op: 'equal', text: 'a ' }, { op: 'delete', text: 'b ' }, { op: 'equal', text: 'c' }, { op: 'insert', text: ' d' },
    ]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(wordDiff('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });

  it('always gives both texts back (property)', () => {
    const words = fc.array(fc.constantFrom('la', 'R&D', 'publique', ' ', ', ', 'Région', '«', '»', '\n'), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(fc.property(words, words, (before, after) => {
      const ops = wordDiff(before, after);
      expect(side(ops, 'delete')).toBe(before);
      expect(side(ops, 'insert')).toBe(after);
    }), { numRuns: 500 });
  });
});
