import { describe, expect, it } from 'vitest';
import { liveRow } from '../../../src/renderer/lib/notes-live-row.js';
import { side, textRow } from './notes-fixtures.js';

const translated = () => textRow(1, side('Bonjour à tous', 'translated'), side('Hello everyone', 'translated', 'Bonjour à tous'));

describe('a row as it will be once typing is saved', () => {
  it('is the row itself when nothing is typed', () => {
    const row = translated();
    expect(liveRow(row, undefined)).toBe(row);
    expect(liveRow(row, { fr: { text: 'Bonjour à tous', minor: false } }).state).toBe('translated');
  });

  it('needs an update with a word diff as soon as the source changes', () => {
    const row = liveRow(translated(), { fr: { text: 'Bonjour à toutes', minor: false } });
    expect(row.state).toBe('needs_update');
    expect(row.needsWork).toBe(true);
    expect(row.sourceDiff).toEqual([
      { op: 'equal', text: 'Bonjour à ' }, { op: 'delete', text: 'tous' }, { op: 'insert', text: 'toutes' },
    ]);
  });

  it('stays translated through a minor edit of the source', () => {
    const row = liveRow(translated(), { fr: { text: 'Bonjour a tous', minor: true } });
    expect(row.state).toBe('translated');
    expect(row.en.fromText).toBe('Bonjour a tous');
  });

  it('makes typing into an empty target a draft and a reviewed text edited a translated one', () => {
    const empty = textRow(2, side('Salut', 'translated'), side('', 'untranslated'));
    expect(empty.state).toBe('untranslated');
    expect(liveRow(empty, { en: { text: 'Hi', minor: false } }).state).toBe('draft');
    const reviewed = textRow(3, side('Salut', 'translated'), side('Hi', 'reviewed', 'Salut'));
    expect(liveRow(reviewed, { en: { text: 'Hi there', minor: false } }).state).toBe('translated');
  });

  it('follows the row’s source: English source, French target', () => {
    const row = textRow(4, side('Bonjour', 'translated', 'Hello'), side('Hello', 'translated'), { source: 'en' });
    expect(liveRow(row, { en: { text: 'Hello all', minor: false } }).state).toBe('needs_update');
    expect(liveRow(row, { fr: { text: 'Bonjour', minor: false } }).state).toBe('translated');
  });
});
