// French texts of the Notes tab (issue 4): paste-and-align, XLIFF and TMX interchange. Spread into fr.ts.
export const notesIoFr = {
  'notesIo.align': 'Coller et aligner…',
} as const;
