import { describe, expect, it } from 'vitest';
import { addChapter, chapterAt, moveStart, patchChapter, removeChapter, sortChapters, toInputs, type EditorChapter } from '../../../../src/renderer/lib/chapter-edits.js';

const ch = (key: string, startMs: number, endMs: number | null = null): EditorChapter =>
  ({ key, startMs, endMs, title: { fr: key, en: '' }, url: '', img: '', hidden: false });
const starts = (list: EditorChapter[]) => list.map((c) => [c.key, c.startMs, c.endMs]);

describe('chapter edits', () => {
  it('keeps the list sorted by start, ties in their order', () => {
    expect(sortChapters([ch('b', 20), ch('a', 0), ch('c', 20)]).map((c) => c.key)).toEqual(['a', 'b', 'c']);
  });

  it('adds a chapter and trims an explicit end that would overlap it', () => {
    const list = addChapter([ch('a', 0, 30_000), ch('b', 30_000)], 12_000, 'n');
    expect(starts(list)).toEqual([['a', 0, 12_000], ['n', 12_000, null], ['b', 30_000, null]]);
  });

  it('moves a start: a passed end is dropped, the previous end follows a shared boundary', () => {
    const list = [ch('a', 0, 10_000), ch('b', 10_000, 12_000), ch('c', 20_000)];
    expect(starts(moveStart(list, 'b', 14_000))).toEqual([['a', 0, 14_000], ['b', 14_000, null], ['c', 20_000, null]]);
    expect(starts(moveStart(list, 'b', 25_000)).map((c) => c[0])).toEqual(['a', 'c', 'b']);
  });

  it('patches one language of a title and removes by key', () => {
    const list = patchChapter([ch('a', 0)], 'a', { title: { en: 'Opening' } });
    expect(list[0]?.title).toEqual({ fr: 'a', en: 'Opening' });
    expect(removeChapter(list, 'a')).toEqual([]);
  });

  it('sends saved ids only for chapters that have one', () => {
    const inputs = toInputs([ch('s5', 10), ch('n1', 0)], (key) => (key === 's5' ? 5 : undefined));
    expect(inputs.map((c) => ('id' in c ? c.id : null))).toEqual([null, 5]);
    expect(inputs[0]).not.toHaveProperty('key');
  });

  it('finds the chapter under the playhead', () => {
    const list = [ch('a', 0), ch('b', 10_000)];
    expect(chapterAt(list, 9_999)?.key).toBe('a');
    expect(chapterAt(list, 10_000)?.key).toBe('b');
  });
});
