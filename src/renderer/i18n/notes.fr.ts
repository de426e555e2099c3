// French texts of the Notes tab (issue 4): the side-by-side editor. Spread into fr.ts.
export const notesFr = {
  'notes.title': 'Notes bilingues',
  'notes.empty': 'Aucune note pour cet épisode. Ajoutez une ligne ou collez un texte à aligner.',
} as const;
