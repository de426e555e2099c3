// Apple's artwork rule on the real image: JPEG or PNG, square, 1400–3000 px, RGB colour.

import type { FindingWhere, ReleaseFinding } from '../../../shared/domain/types.js';
import { imageFromBytes } from '../artwork/read-image.js';
import { finding } from './findings.js';

const FIX_ARTWORK = {
  fr: 'Dans les réglages de l’émission, choisissez une image carrée JPEG ou PNG en RVB, de 1400 à 3000 px de côté.',
  en: 'In the show settings, choose a square RGB JPEG or PNG image, 1400 to 3000 px on each side.',
};

export function checkArtwork(bytes: Buffer, name: string, where: FindingWhere): ReleaseFinding[] {
  let image;
  try {
    image = imageFromBytes(bytes, name);
  } catch {
    return [finding('error', 'artwork_unreadable', where,
      { fr: `L’illustration ${name} n’est pas une image JPEG ou PNG lisible.`, en: `The artwork ${name} is not a readable JPEG or PNG image.` },
      FIX_ARTWORK)];
  }
  const out: ReleaseFinding[] = [];
  const { width, height } = image;
  if (width !== height) {
    out.push(finding('error', 'artwork_not_square', where,
      { fr: `L’illustration mesure ${width} × ${height} px : elle doit être carrée.`, en: `The artwork is ${width} × ${height} px: it must be square.` },
      FIX_ARTWORK));
  }
  if (Math.min(width, height) < 1400 || Math.max(width, height) > 3000) {
    out.push(finding('error', 'artwork_size', where,
      { fr: `L’illustration mesure ${width} × ${height} px, hors de 1400–3000 px.`, en: `The artwork is ${width} × ${height} px, outside 1400–3000 px.` },
      FIX_ARTWORK));
  }
  if (image.colorModel === 'gray' || image.colorModel === 'cmyk' || image.colorModel === 'unknown') {
    out.push(finding('error', 'artwork_not_rgb', where,
      { fr: `L’illustration est en ${image.colorModel === 'cmyk' ? 'CMJN' : 'niveaux de gris ou couleurs inconnues'}, pas en RVB.`,
        en: `The artwork is ${image.colorModel === 'cmyk' ? 'CMYK' : 'greyscale or of unknown colour'}, not RGB.` },
      FIX_ARTWORK));
  } else if (image.colorModel === 'palette') {
    out.push(finding('warning', 'artwork_not_rgb', where,
      { fr: 'L’illustration est un PNG à palette (couleurs indexées) ; certaines applications l’exigent en RVB.',
        en: 'The artwork is a palette (indexed colour) PNG; some apps require full RGB.' },
      FIX_ARTWORK));
  }
  return out;
}
