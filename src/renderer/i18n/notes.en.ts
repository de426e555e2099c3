// English texts of the Notes tab (issue 4): the side-by-side editor: same keys as notes.fr.ts (the type says so).
import type { notesFr } from './notes.fr';

export const notesEn: { readonly [K in keyof typeof notesFr]: string } = {
  'notes.title': 'Bilingual notes',
  'notes.empty': 'No notes for this episode yet. Add a row or paste a text to align.',
};
