// The spellchecker's languages and the text fields' right-click menu, as data.
import { describe, expect, it, vi } from 'vitest';
import { buildContextMenuTemplate, type ContextFacts } from '../../../../src/main/electron/context-menu.js';
import { MENU_LABELS } from '../../../../src/main/electron/menu-labels.js';
import { configureSpellChecker, pickSpellCheckerLanguages } from '../../../../src/main/electron/spellcheck.js';

const flags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canDelete: true, canEditRichly: false };
const facts = (over: Partial<ContextFacts> = {}): ContextFacts =>
  ({ isEditable: true, misspelledWord: '', dictionarySuggestions: [], selectionText: '', editFlags: flags, ...over });
const labelsOf = (items: { label?: string; type?: string }[]) => items.map((i) => i.label ?? `--${i.type}`);

describe('spellchecker languages', () => {
  it('prefers France French and US English, falls back to any regional variant', () => {
    expect(pickSpellCheckerLanguages(['en-GB', 'en-US', 'fr', 'fr-FR'])).toEqual(['fr-FR', 'en-US']);
    expect(pickSpellCheckerLanguages(['fr-CH', 'en-AU'])).toEqual(['fr-CH', 'en-AU']);
    expect(pickSpellCheckerLanguages(['de', 'en-GB'])).toEqual(['en-GB']);
    expect(pickSpellCheckerLanguages([])).toEqual([]);
  });

  it('sets them except on macOS, and not at all when none is available', () => {
    const session = { availableSpellCheckerLanguages: ['fr', 'en-US'], setSpellCheckerLanguages: vi.fn() };
    configureSpellChecker(session, 'darwin');
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    configureSpellChecker(session, 'linux');
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['fr', 'en-US']);
    const none = { availableSpellCheckerLanguages: ['de'], setSpellCheckerLanguages: vi.fn() };
    configureSpellChecker(none, 'win32');
    expect(none.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});

describe('text field context menu', () => {
  const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });

  it('offers up to five suggestions and "add to dictionary" for a misspelled word, in the UI language', () => {
    const a = actions();
    const items = buildContextMenuTemplate(
      facts({ misspelledWord: 'traducton', dictionarySuggestions: ['traduction', 'traductions', 'a', 'b', 'c', 'd'] }), MENU_LABELS.fr, a);
    expect(labelsOf(items).slice(0, 7)).toEqual(['traduction', 'traductions', 'a', 'b', 'c', 'Ajouter au dictionnaire', '--separator']);
    (items[0]?.click as () => void)();
    expect(a.replaceMisspelling).toHaveBeenCalledWith('traduction');
    (items[5]?.click as () => void)();
    expect(a.addToDictionary).toHaveBeenCalledWith('traducton');
    expect(items.find((i) => i.role === 'redo')?.enabled).toBe(false);
  });

  it('says when there is no suggestion, and shows only edit actions for a correct word', () => {
    expect(labelsOf(buildContextMenuTemplate(facts({ misspelledWord: 'zzqx' }), MENU_LABELS.en, actions())).slice(0, 2))
      .toEqual(['No suggestions', 'Add to dictionary']);
    expect(labelsOf(buildContextMenuTemplate(facts(), MENU_LABELS.en, actions())))
      .toEqual(['Undo', 'Redo', '--separator', 'Cut', 'Copy', 'Paste', 'Select all']);
  });

  it('offers Copy for selected text outside fields, and nothing otherwise', () => {
    expect(labelsOf(buildContextMenuTemplate(facts({ isEditable: false, selectionText: 'Ép. 5' }), MENU_LABELS.fr, actions()))).toEqual(['Copier']);
    expect(buildContextMenuTemplate(facts({ isEditable: false }), MENU_LABELS.fr, actions())).toEqual([]);
  });
});
