// Apple's artwork rule on the real image (shared/domain/artwork-rules.ts): JPEG or PNG, square,
// 1400–3000 px, RGB colour. Said of the show's artwork or of an episode's, with the fix for each.

import { ARTWORK_MAX_PX, ARTWORK_MIN_PX, artworkIssues } from '../../../shared/domain/artwork-rules.js';
import type { Bilingual, FindingWhere, ReleaseFinding } from '../../../shared/domain/types.js';
import { imageFromBytes } from '../artwork/read-image.js';
import { finding } from './findings.js';

export const FIX_SHOW_ARTWORK: Bilingual = {
  fr: `Dans les réglages de l’émission, choisissez une image carrée JPEG ou PNG en RVB, de ${ARTWORK_MIN_PX} à ${ARTWORK_MAX_PX} px de côté.`,
  en: `In the show settings, choose a square RGB JPEG or PNG image, ${ARTWORK_MIN_PX} to ${ARTWORK_MAX_PX} px on each side.`,
};

export const FIX_EPISODE_ARTWORK: Bilingual = {
  fr: `Onglet Détails de l’épisode : choisissez une image carrée JPEG ou PNG en RVB, de ${ARTWORK_MIN_PX} à ${ARTWORK_MAX_PX} px de côté, ou retirez-la pour reprendre celle de l’émission.`,
  en: `Episode Details tab: choose a square RGB JPEG or PNG image, ${ARTWORK_MIN_PX} to ${ARTWORK_MAX_PX} px on each side, or remove it to use the show’s.`,
};

export function checkArtwork(bytes: Buffer, name: string, where: FindingWhere, fix: Bilingual = FIX_SHOW_ARTWORK): ReleaseFinding[] {
  let image;
  try {
    image = imageFromBytes(bytes, name);
  } catch {
    return [finding('error', 'artwork_unreadable', where,
      { fr: `L’illustration ${name} n’est pas une image JPEG ou PNG lisible.`, en: `The artwork ${name} is not a readable JPEG or PNG image.` },
      fix)];
  }
  const { width, height, colorModel } = image;
  return artworkIssues(image).map(({ severity, problem }) => {
    switch (problem) {
      case 'not_square':
        return finding(severity, 'artwork_not_square', where,
          { fr: `L’illustration mesure ${width} × ${height} px : elle doit être carrée.`, en: `The artwork is ${width} × ${height} px: it must be square.` },
          fix);
      case 'size':
        return finding(severity, 'artwork_size', where,
          { fr: `L’illustration mesure ${width} × ${height} px, hors de ${ARTWORK_MIN_PX}–${ARTWORK_MAX_PX} px.`,
            en: `The artwork is ${width} × ${height} px, outside ${ARTWORK_MIN_PX}–${ARTWORK_MAX_PX} px.` },
          fix);
      case 'not_rgb':
        return finding(severity, 'artwork_not_rgb', where,
          { fr: `L’illustration est en ${colorModel === 'cmyk' ? 'CMJN' : 'niveaux de gris ou couleurs inconnues'}, pas en RVB.`,
            en: `The artwork is ${colorModel === 'cmyk' ? 'CMYK' : 'greyscale or of unknown colour'}, not RGB.` },
          fix);
      case 'palette':
        return finding(severity, 'artwork_not_rgb', where,
          { fr: 'L’illustration est un PNG à palette (couleurs indexées) ; certaines applications l’exigent en RVB.',
            en: 'The artwork is a palette (indexed colour) PNG; some apps require full RGB.' },
          fix);
    }
  });
}
