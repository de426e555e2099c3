// The translation memory as TMX 1.4, for CAT tools and for safekeeping: one <tu> per unit with
// its French and English <tuv>, the side it was translated from as srclang, and its dates.

import { XMLBuilder } from 'fast-xml-parser';
import type { TextExport } from '../../../shared/notes/types.js';
import { APP_VERSION } from '../app-version.js';
import type { Library } from '../library/library.js';

/** ISO-8601 → TMX's YYYYMMDDThhmmssZ. */
export const tmxDate = (iso: string): string => iso.replace(/\.\d+/, '').replace(/[-:]/g, '');

const BUILDER = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

export function exportTmx(library: Library): TextExport {
  const units = library.tm.all();
  const text = BUILDER.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'Balado Studio', '@_creationtoolversion': APP_VERSION, '@_datatype': 'plaintext',
        '@_segtype': 'paragraph', '@_adminlang': 'en', '@_srclang': '*all*', '@_o-tmf': 'balado-studio',
      },
      body: {
        tu: units.map((u) => ({
          '@_tuid': String(u.id),
          '@_srclang': u.sourceLang,
          '@_creationdate': tmxDate(u.createdAt),
          '@_changedate': tmxDate(u.updatedAt),
          prop: { '@_type': 'x-balado-origin', '#text': u.origin },
          tuv: (['fr', 'en'] as const).map((lang) => ({ '@_xml:lang': lang, seg: u[lang] })),
        })),
      },
    },
  }) as string;
  return { fileName: 'balado-translation-memory.tmx', mime: 'application/x-tmx+xml', text, units: units.length };
}
