// Translation-memory suggestions for one source segment: the show's snippets first (their text
// is the house wording), then memory units from every episode, best score first, ≥ 70 %.

import type { NoteLang, TmMatch } from '../../../shared/notes/types.js';
import { comparableTokens } from '../../../shared/notes/tokens.js';
import { otherLang } from '../../../shared/notes/side-state.js';
import type { Library } from '../library/library.js';
import { lengthWindow, similarity } from './tm-similarity.js';

export interface LookupOptions {
  text: string;
  sourceLang: NoteLang;
  /** Snippets of this episode's show are searched (all shows' otherwise). */
  episodeId?: number;
  /** The row being translated: its own memory unit is not suggested back. */
  rowId?: number;
  limit?: number;
}

function snippetMatches(library: Library, options: LookupOptions): TmMatch[] {
  const showIds = options.episodeId !== undefined
    ? [library.episodes.get(options.episodeId).showId]
    : library.shows.list().map((s) => s.id);
  const target = otherLang(options.sourceLang);
  return showIds.flatMap((showId) => library.snippets.list(showId)).flatMap((snippet) =>
    library.notes.rows({ snippetId: snippet.id }).flatMap((row): TmMatch[] => {
      if (row.type !== 'text' || row.id === options.rowId || row[target].text.trim() === '') return [];
      const score = similarity(options.text, row[options.sourceLang].text);
      if (score === null) return [];
      return [{
        score, origin: 'snippet', sourceLang: options.sourceLang, source: row[options.sourceLang].text, target: row[target].text,
        episodeId: null, snippetId: snippet.id, updatedAt: row.updatedAt,
      }];
    }));
}

function memoryMatches(library: Library, options: LookupOptions): TmMatch[] {
  const { min, max } = lengthWindow(comparableTokens(options.text).length);
  const target = otherLang(options.sourceLang);
  return library.tm.candidates(options.sourceLang, min, max).flatMap((unit): TmMatch[] => {
    if (options.rowId !== undefined && unit.rowId === options.rowId) return [];
    const score = similarity(options.text, unit[options.sourceLang]);
    if (score === null) return [];
    return [{
      score, origin: 'memory', sourceLang: options.sourceLang, source: unit[options.sourceLang], target: unit[target],
      episodeId: unit.episodeId, snippetId: null, updatedAt: unit.updatedAt,
    }];
  });
}

const byScore = (a: TmMatch, b: TmMatch) => b.score - a.score || (b.updatedAt > a.updatedAt ? 1 : b.updatedAt < a.updatedAt ? -1 : 0);

export function lookupMemory(library: Library, options: LookupOptions): TmMatch[] {
  if (comparableTokens(options.text).length === 0) return [];
  const seen = new Set<string>();
  const unique = (m: TmMatch) => {
    const key = `${m.source}\u0000${m.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const snippets = snippetMatches(library, options).sort(byScore);
  const memory = memoryMatches(library, options).sort(byScore);
  return [...snippets, ...memory].filter(unique).slice(0, options.limit ?? 10);
}
