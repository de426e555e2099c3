// English texts of the Notes tab (issue 4): paste-and-align, XLIFF and TMX interchange: same keys as notes-io.fr.ts (the type says so).
import type { notesIoFr } from './notes-io.fr';

export const notesIoEn: { readonly [K in keyof typeof notesIoFr]: string } = {
  'notesIo.align': 'Paste and align…',
};
