import { describe, expect, it } from 'vitest';
import { draftsToRestore, parseSideKey, sideKey } from '../../../src/renderer/lib/notes-drafts.js';
import { side, textRow } from './notes-fixtures.js';

const row = textRow(4, side('Bonjour', 'translated'), side('', 'untranslated'), { updatedAt: '2025-03-01T12:00:00.000Z' });

describe('drafts of unsaved sides', () => {
  it('round-trips side keys', () => {
    expect(parseSideKey(sideKey(12, 'en'))).toEqual({ rowId: 12, lang: 'en' });
    expect(parseSideKey('x:fr')).toBeNull();
  });

  it('puts back only drafts typed after the row’s last save that differ from it', () => {
    const drafts = draftsToRestore({
      '4:en': { text: 'Hello', at: '2025-03-01T12:00:05.000Z' },
      '4:fr': { text: 'Bonjour', at: '2025-03-01T12:00:05.000Z' },
      '5:fr': { text: 'Ligne disparue', at: '2025-03-01T12:00:05.000Z' },
    }, [row]);
    expect(drafts).toEqual([{ rowId: 4, lang: 'en', text: 'Hello' }]);
  });

  it('drops a draft older than the row (it changed elsewhere since)', () => {
    expect(draftsToRestore({ '4:en': { text: 'Old', at: '2025-03-01T11:59:00.000Z' } }, [row])).toEqual([]);
  });
});
