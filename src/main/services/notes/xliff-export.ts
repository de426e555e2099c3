// XLIFF 1.2 for translators' own tools (OmegaT, Trados, memoQ): an episode's notes rows that need
// work, its chapter titles and its title without a translation. One <file> per direction, as a
// row's source may be either language. Unit ids (n12, c3, title) are what re-import matches on.

import { XMLBuilder } from 'fast-xml-parser';
import { otherLang } from '../../../shared/notes/side-state.js';
import type { NoteLang, NoteTextRow, TextExport } from '../../../shared/notes/types.js';
import { APP_VERSION } from '../app-version.js';
import type { Library } from '../library/library.js';
import { expandRows } from './notes-output.js';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

interface XliffUnit {
  id: string;
  resname: string;
  source: string;
  target: string;
  /** XLIFF 1.2 target state, when there is a target. */
  state: 'needs-translation' | 'needs-review-translation' | 'translated' | 'final';
  note: string | null;
}

const STATE_OF: Record<NoteTextRow['state'], XliffUnit['state']> = {
  untranslated: 'needs-translation',
  draft: 'needs-translation',
  needs_update: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'final',
};

/** The episode's own language: its spoken one, French when bilingual (as chapters do). */
export const episodeSource = (spoken: string): NoteLang => (spoken === 'en' ? 'en' : 'fr');

/** A bilingual text's direction: from the default side, unless only the other side is written. */
function directionOf(text: { fr: string; en: string }, fallback: NoteLang): NoteLang {
  const other = otherLang(fallback);
  return text[fallback].trim() === '' && text[other].trim() !== '' ? other : fallback;
}

/** Units per source language. `all` also takes rows and titles that need nothing. */
function xliffUnits(library: Library, episodeId: number, all: boolean): Record<NoteLang, XliffUnit[]> {
  const episode = library.episodes.get(episodeId);
  const units: Record<NoteLang, XliffUnit[]> = { fr: [], en: [] };
  for (const row of expandRows(library, library.notes.rows({ episodeId }))) {
    const source = row[row.source].text;
    if (source.trim() === '' || (!all && !row.needsWork)) continue;
    const target = row[otherLang(row.source)];
    const note = row.state === 'needs_update' && target.fromText !== null ? `Source changed since the translation. It was: ${target.fromText}` : null;
    units[row.source].push({
      id: `n${row.id}`, resname: row.snippetId !== null ? `snippet ${row.snippetId} ${row.kind}` : `notes ${row.kind}`,
      source, target: target.text, state: STATE_OF[row.state], note,
    });
  }
  const fallback = episodeSource(episode.spoken);
  const bilingual = (id: string, resname: string, text: { fr: string; en: string }) => {
    const lang = directionOf(text, fallback);
    const target = text[otherLang(lang)];
    if (text[lang].trim() === '' || (!all && target.trim() !== '')) return;
    units[lang].push({ id, resname, source: text[lang], target, state: target ? 'translated' : 'needs-translation', note: null });
  };
  bilingual('title', 'episode title', episode.title);
  for (const chapter of library.chapters.list(episodeId)) bilingual(`c${chapter.id}`, `chapter ${chapter.startMs} ms`, chapter.title);
  return units;
}

const BUILDER = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

export function exportXliff(library: Library, options: { episodeId: number; all?: boolean }): TextExport {
  const episode = library.episodes.get(options.episodeId);
  const show = library.shows.get(episode.showId);
  const units = xliffUnits(library, episode.id, options.all ?? false);
  const files = (['fr', 'en'] as const).filter((lang) => units[lang].length > 0 || (lang === 'fr' && units.en.length === 0)).map((lang) => {
    const target = otherLang(lang);
    return {
      '@_original': `${episode.showSlug}/${episode.slug}`,
      '@_source-language': show.languages[lang],
      '@_target-language': show.languages[target],
      '@_datatype': 'plaintext',
      header: { tool: { '@_tool-id': 'balado-studio', '@_tool-name': 'Balado Studio', '@_tool-version': APP_VERSION } },
      body: {
        'trans-unit': units[lang].map((u) => ({
          '@_id': u.id,
          '@_resname': u.resname,
          '@_xml:space': 'preserve',
          source: { '@_xml:lang': show.languages[lang], '#text': u.source },
          ...(u.target ? { target: { '@_xml:lang': show.languages[target], '@_state': u.state, '#text': u.target } } : {}),
          ...(u.note ? { note: { '@_from': 'balado-studio', '#text': u.note } } : {}),
        })),
      },
    };
  });
  const text = BUILDER.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: { '@_version': '1.2', '@_xmlns': XLIFF_NS, file: files },
  }) as string;
  return {
    fileName: `${episode.showSlug}-${episode.slug}.notes.xlf`,
    mime: 'application/x-xliff+xml',
    text,
    units: units.fr.length + units.en.length,
  };
}
