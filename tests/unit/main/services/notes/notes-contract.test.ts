// The notes calls as the UI sends them: argument schemas name the field that is wrong, and
// every call of the contract has its handler, answering through the same dispatch as the app.

import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../src/shared/api/contract.js';
import { validationError } from '../../../../../src/shared/api/validation-error.js';
import { NOTES_CALL_NAMES } from '../../../../../src/shared/notes/call-names.js';
import { notesHandlers } from '../../../../../src/main/services/notes/notes-handlers.js';
import { useLibrary } from '../library/temp-library.js';
import { raccords } from './notes-fixtures.js';

function fieldOf(name: keyof typeof contract, args: unknown): string | null {
  const parsed = contract[name].args.safeParse(args);
  return parsed.success ? null : String(validationError(parsed.error.issues).details.field);
}

describe('notes contract', () => {
  const lib = useLibrary();

  it('names the field of a bad argument', () => {
    expect(fieldOf('notes.updateSide', { rowId: 1, lang: 'de', text: 'x' })).toBe('lang');
    expect(fieldOf('notes.updateSide', { rowId: 1, lang: 'fr', text: 'x'.repeat(20_001) })).toBe('text');
    expect(fieldOf('notes.setStatus', { rowId: 1, lang: 'fr', status: 'done' })).toBe('status');
    expect(fieldOf('notes.splitRow', { rowId: 1, at: { fr: -1, en: 0 } })).toBe('at.fr');
    expect(fieldOf('notes.mergeRows', { rowIds: [1] })).toBe('rowIds');
    expect(fieldOf('notes.insertRow', { at: 0 })).toBe('episodeId');
    expect(fieldOf('notes.commitAlignment', { episodeId: 1, rows: [{ fr: 'a', kind: 'table' }], mode: 'replace' })).toBe('rows.0.kind');
    expect(fieldOf('notes.render', { episodeId: 1, lang: 'fr', format: 'pdf' })).toBe('format');
    expect(fieldOf('snippets.create', { showId: 1, name: '  ' })).toBe('name');
    expect(fieldOf('notes.updateSide', { rowId: 1, lang: 'fr', text: 'x', extra: true })).toBe('arguments');
    expect(fieldOf('notes.updateSide', { rowId: 1, lang: 'fr', text: 'ok', minor: true })).toBeNull();
  });

  it('accepts alignment proposal rows back as they came', () => {
    expect(fieldOf('notes.commitAlignment', {
      episodeId: 1, mode: 'append', rows: [{ kind: 'paragraph', fr: null, en: 'Show Notes', confidence: 0.99, frSegments: [], enSegments: [0] }],
    })).toBeNull();
  });

  it('has a handler for every notes call, answering with parsed arguments', () => {
    const handlers = notesHandlers(lib());
    expect(Object.keys(handlers).sort()).toEqual([...NOTES_CALL_NAMES].sort());
    const { ep5, show } = raccords(lib());
    const args = contract['notes.get'].args.parse({ episodeId: ep5.id });
    expect(handlers['notes.get'](args).rows).toHaveLength(11);
    expect(handlers['notes.progress']({ showId: show.id })[ep5.id]).toEqual({ reviewed: 0, total: 11, needsWork: 6 });
    expect(handlers['notes.align']({ text: 'Bonjour.\nHello.' }).rows).toHaveLength(1);
  });
});
