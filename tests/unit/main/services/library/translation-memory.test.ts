// The translation memory table: one unit per French/English pair, candidates by word count.

import { describe, expect, it } from 'vitest';
import { useLibrary } from './temp-library.js';

describe('translation memory repository', () => {
  const lib = useLibrary();

  it('adds a pair once, refreshing it when met again', () => {
    expect(lib().tm.record({ sourceLang: 'fr', fr: ' Bonjour ', en: 'Hello', origin: 'tmx', createdAt: '2020-01-02T03:04:05.000Z' })).toBe('added');
    expect(lib().tm.record({ sourceLang: 'fr', fr: 'Bonjour', en: 'Hello', origin: 'notes' })).toBe('unchanged');
    expect(lib().tm.record({ sourceLang: 'fr', fr: 'Bonjour', en: '', origin: 'notes' })).toBe('unchanged');
    expect(lib().tm.all()).toMatchObject([{ fr: 'Bonjour', en: 'Hello', origin: 'tmx', createdAt: '2020-01-02T03:04:05.000Z' }]);
    expect(lib().tm.count()).toBe(1);
  });

  it('reads candidates within a word-count window', () => {
    lib().tm.record({ sourceLang: 'fr', fr: 'un deux trois', en: 'one two three', origin: 'tmx' });
    lib().tm.record({ sourceLang: 'en', fr: 'un deux trois quatre cinq six', en: 'one two three four five six', origin: 'tmx' });
    expect(lib().tm.candidates('fr', 2, 4).map((u) => u.en)).toEqual(['one two three']);
    expect(lib().tm.candidates('en', 5, 9).map((u) => u.sourceLang)).toEqual(['en']);
  });
});
