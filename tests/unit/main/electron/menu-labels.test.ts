// Both languages label every menu item, and French really is French.
import { describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS, MENU_LABELS } from '../../../../src/main/electron/menu-labels.js';
import { UI_LANGUAGES } from '../../../../src/shared/domain/types.js';

describe('MENU_LABELS', () => {
  it.each(UI_LANGUAGES)('%s has exactly the label keys, none empty', (language) => {
    const labels = MENU_LABELS[language];
    expect(Object.keys(labels).sort()).toEqual([...MENU_LABEL_KEYS].sort());
    for (const key of MENU_LABEL_KEYS) expect(labels[key].trim(), key).not.toBe('');
  });

  it('translates the words that differ', () => {
    expect(MENU_LABELS.fr.file).toBe('Fichier');
    expect(MENU_LABELS.en.file).toBe('File');
    const same = MENU_LABEL_KEYS.filter((k) => MENU_LABELS.fr[k] === MENU_LABELS.en[k]);
    expect(same).toEqual(['services']);
  });

  it('ends dialog-opening items with an ellipsis in both languages', () => {
    for (const language of UI_LANGUAGES) {
      expect(MENU_LABELS[language].importAudio.endsWith('…')).toBe(true);
      expect(MENU_LABELS[language].backupLibrary.endsWith('…')).toBe(true);
    }
  });
});
