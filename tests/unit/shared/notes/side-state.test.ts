// Staleness from content hashes: a translation is current while its source's hash matches.

import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../src/shared/notes/content-hash.js';
import { isStale, lowerStatus, sideState, sourceDiffSince, statusAfterEdit } from '../../../../src/shared/notes/side-state.js';
import type { NoteSide } from '../../../../src/shared/notes/types.js';

const source = (text: string): NoteSide => ({ text, status: 'translated', fromHash: null, fromText: null });
const target = (text: string, from: string, status: NoteSide['status'] = 'translated'): NoteSide =>
  ({ text, status, fromHash: contentHash(from), fromText: from });

describe('side state', () => {
  it('is the stored status while the source is what it was translated from', () => {
    expect(sideState(target('Hello', 'Bonjour', 'reviewed'), source('Bonjour'))).toBe('reviewed');
    expect(sideState(target('Hello', 'Bonjour'), source('  Bonjour '))).toBe('translated');
  });

  it('needs an update once the source changed, with the words that changed', () => {
    const t = target('founder', 'délégué et initiateur');
    expect(sideState(t, source('délégué et fondateur'))).toBe('needs_update');
    expect(isStale(t, 'délégué et fondateur')).toBe(true);
    expect(sourceDiffSince(t, source('délégué et fondateur'))).toEqual([
      { op: 'equal', text: 'délégué et ' }, { op: 'delete', text: 'initiateur' }, { op: 'insert', text: 'fondateur' },
    ]);
    expect(sourceDiffSince(t, source('délégué et initiateur'))).toBeNull();
  });

  it('is untranslated when the target is empty, whatever was stored', () => {
    expect(sideState({ ...target('', 'Bonjour'), status: 'reviewed' }, source('Bonjour'))).toBe('untranslated');
    expect(isStale({ status: 'untranslated', fromHash: 'abc' }, 'z')).toBe(false);
  });

  it('moves statuses the way translators expect when a text is edited', () => {
    expect(statusAfterEdit('untranslated', '', 'Hello')).toBe('draft');
    expect(statusAfterEdit('reviewed', 'Hello', 'Hello!')).toBe('translated');
    expect(statusAfterEdit('translated', 'Hello', 'Hello!')).toBe('translated');
    expect(statusAfterEdit('translated', 'Hello', '  ')).toBe('untranslated');
    expect(lowerStatus('reviewed', 'draft')).toBe('draft');
  });
});
