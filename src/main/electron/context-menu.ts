// The right-click menu of text fields, as plain data (tested without Electron): spelling
// suggestions and "add to dictionary" for a misspelled word, then the usual edit actions.
// Electron shows no context menu at all unless the app builds one.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menu-labels.js';

type Item = MenuItemConstructorOptions;
export type ContextFacts = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText' | 'editFlags'>;

export interface ContextActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** At most five suggestions, as every editor shows them; empty when there is nothing to offer. */
export function buildContextMenuTemplate(facts: ContextFacts, l: MenuLabels, actions: ContextActions): Item[] {
  const spelling: Item[] = [];
  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) spelling.push({ label: l.noSuggestions, enabled: false });
    for (const word of suggestions) spelling.push({ label: word, click: () => actions.replaceMisspelling(word) });
    spelling.push({ label: l.addToDictionary, click: () => actions.addToDictionary(facts.misspelledWord) });
    spelling.push({ type: 'separator' });
  }
  if (facts.isEditable) {
    const f = facts.editFlags;
    return [
      ...spelling,
      { label: l.undo, role: 'undo', enabled: f.canUndo },
      { label: l.redo, role: 'redo', enabled: f.canRedo },
      { type: 'separator' },
      { label: l.cut, role: 'cut', enabled: f.canCut },
      { label: l.copy, role: 'copy', enabled: f.canCopy },
      { label: l.paste, role: 'paste', enabled: f.canPaste },
      { label: l.selectAll, role: 'selectAll', enabled: f.canSelectAll },
    ];
  }
  if (facts.selectionText.trim() !== '') return [{ label: l.copy, role: 'copy' }];
  return [];
}
