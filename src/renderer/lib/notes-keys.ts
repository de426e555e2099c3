// The Notes editor's keyboard: which chord runs which command, and how to write each chord for
// tooltips and the shortcut sheet. Chords avoid the browser's text editing keys and AltGr
// (Ctrl+Alt types characters on French keyboards), and Alt+Shift+letter is matched by key
// position too, since macOS Option changes the letter typed.

export type NotesCommand =
  | 'prevRow' | 'nextRow' | 'markTranslated' | 'markReviewed' | 'useSuggestion'
  | 'split' | 'merge' | 'moveUp' | 'moveDown' | 'insertRow' | 'deleteRow' | 'insertSnippet' | 'minorEdit'
  | 'undo' | 'redo';

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const letter = (e: KeyLike, l: string) => e.code === `Key${l.toUpperCase()}` || e.key.toLowerCase() === l;

/** The command a key press asks for in the editor, or null to let the field have it. */
export function notesCommandFor(e: KeyLike, isMac: boolean): NotesCommand | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  const other = isMac ? e.ctrlKey : e.metaKey;
  if (other) return null;
  if (mod && !e.altKey) {
    if (e.key === 'Enter') return e.shiftKey ? 'markReviewed' : 'markTranslated';
    if (letter(e, 'z')) return e.shiftKey ? 'redo' : 'undo';
    if (letter(e, 'y') && !e.shiftKey) return 'redo';
    return null;
  }
  if (!e.altKey || mod) return null;
  if (!e.shiftKey) {
    if (e.key === 'ArrowUp') return 'prevRow';
    if (e.key === 'ArrowDown') return 'nextRow';
    if (e.key === 'Enter') return 'useSuggestion';
    return null;
  }
  if (e.key === 'ArrowUp') return 'moveUp';
  if (e.key === 'ArrowDown') return 'moveDown';
  if (e.key === 'Enter') return 'split';
  if (e.key === 'Delete') return 'merge';
  if (e.key === 'Backspace') return 'deleteRow';
  if (letter(e, 'n')) return 'insertRow';
  if (letter(e, 'e')) return 'insertSnippet';
  if (letter(e, 'm')) return 'minorEdit';
  return null;
}

/** How each command's chord is written, key by key (the first is the platform's modifier when it has one). */
const CHORDS: Record<NotesCommand, (mod: string) => string[]> = {
  prevRow: () => ['Alt', '↑'],
  nextRow: () => ['Alt', '↓'],
  markTranslated: (mod) => [mod, '↵'],
  markReviewed: (mod) => [mod, '⇧', '↵'],
  useSuggestion: () => ['Alt', '↵'],
  split: () => ['Alt', '⇧', '↵'],
  merge: () => ['Alt', '⇧', 'Suppr / Delete'],
  moveUp: () => ['Alt', '⇧', '↑'],
  moveDown: () => ['Alt', '⇧', '↓'],
  insertRow: () => ['Alt', '⇧', 'N'],
  deleteRow: () => ['Alt', '⇧', '⌫'],
  insertSnippet: () => ['Alt', '⇧', 'E'],
  minorEdit: () => ['Alt', '⇧', 'M'],
  undo: (mod) => [mod, 'Z'],
  redo: (mod) => [mod, '⇧', 'Z'],
};

export function chordKeys(command: NotesCommand, isMac: boolean): string[] {
  return CHORDS[command](isMac ? '⌘' : 'Ctrl');
}

/** A chord as one string for a tooltip: "Alt+⇧+↵". */
export function chordText(command: NotesCommand, isMac: boolean, lang: 'fr' | 'en'): string {
  return chordKeys(command, isMac).map((k) => localKeyName(k, lang)).join('+');
}

/** French keyboards say Suppr where English ones say Delete. */
function localKeyName(key: string, lang: 'fr' | 'en'): string {
  return key === 'Suppr / Delete' ? (lang === 'fr' ? 'Suppr' : 'Delete') : key;
}
