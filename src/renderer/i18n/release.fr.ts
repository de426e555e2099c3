// French texts of the Release tab (issue 5): checklist, export, history. Spread into fr.ts.
export const releaseFr = {
  'release.title': 'Version',
  'release.empty': 'La liste de vérification, l’export des flux FR et EN et l’historique des versions arriveront ici.',
} as const;
