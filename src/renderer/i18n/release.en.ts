// English texts of the Release tab (issue 5): checklist, export, history: same keys as release.fr.ts (the type says so).
import type { releaseFr } from './release.fr';

export const releaseEn: { readonly [K in keyof typeof releaseFr]: string } = {
  'release.title': 'Release',
  'release.empty': 'The checklist, the export of the FR and EN feeds and the release history will come here.',
};
