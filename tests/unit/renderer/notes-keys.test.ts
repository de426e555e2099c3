import { describe, expect, it } from 'vitest';
import { chordText, notesCommandFor, type KeyLike } from '../../../src/renderer/lib/notes-keys.js';

const press = (key: string, mods: Partial<KeyLike> = {}, code = ''): KeyLike =>
  ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('the Notes editor’s keys', () => {
  it('maps the documented chords on Linux and Windows', () => {
    expect(notesCommandFor(press('Enter', { ctrlKey: true }), false)).toBe('markTranslated');
    expect(notesCommandFor(press('Enter', { ctrlKey: true, shiftKey: true }), false)).toBe('markReviewed');
    expect(notesCommandFor(press('ArrowDown', { altKey: true }), false)).toBe('nextRow');
    expect(notesCommandFor(press('ArrowUp', { altKey: true }), false)).toBe('prevRow');
    expect(notesCommandFor(press('ArrowUp', { altKey: true, shiftKey: true }), false)).toBe('moveUp');
    expect(notesCommandFor(press('Enter', { altKey: true, shiftKey: true }), false)).toBe('split');
    expect(notesCommandFor(press('Delete', { altKey: true, shiftKey: true }), false)).toBe('merge');
    expect(notesCommandFor(press('Backspace', { altKey: true, shiftKey: true }), false)).toBe('deleteRow');
    expect(notesCommandFor(press('Enter', { altKey: true }), false)).toBe('useSuggestion');
    expect(notesCommandFor(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(notesCommandFor(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(notesCommandFor(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('matches Alt+Shift+letter by key position, whatever macOS Option types', () => {
    expect(notesCommandFor(press('˜', { altKey: true, shiftKey: true }, 'KeyN'), true)).toBe('insertRow');
    expect(notesCommandFor(press('N', { altKey: true, shiftKey: true }, 'KeyN'), false)).toBe('insertRow');
    expect(notesCommandFor(press('E', { altKey: true, shiftKey: true }, 'KeyE'), false)).toBe('insertSnippet');
    // French AZERTY: M sits where QWERTY has the semicolon.
    expect(notesCommandFor(press('M', { altKey: true, shiftKey: true }, 'Semicolon'), false)).toBe('minorEdit');
  });

  it('leaves plain typing, AltGr (Ctrl+Alt) and the other platform’s modifier alone', () => {
    expect(notesCommandFor(press('a'), false)).toBeNull();
    expect(notesCommandFor(press('Enter'), false)).toBeNull();
    expect(notesCommandFor(press('e', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(notesCommandFor(press('Enter', { metaKey: true }), false)).toBeNull();
    expect(notesCommandFor(press('Enter', { metaKey: true }), true)).toBe('markTranslated');
    expect(notesCommandFor(press('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('writes chords for tooltips in the UI language', () => {
    expect(chordText('markTranslated', false, 'fr')).toBe('Ctrl+↵');
    expect(chordText('merge', false, 'fr')).toBe('Alt+⇧+Suppr');
    expect(chordText('merge', true, 'en')).toBe('Alt+⇧+Delete');
    expect(chordText('undo', true, 'en')).toBe('⌘+Z');
  });
});
