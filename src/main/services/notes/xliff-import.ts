// Re-importing a translated XLIFF 1.2 file: each unit matched by id (n<row>, c<chapter>, title)
// to this episode, its target written with its state carried over, in one transaction. Units
// that match nothing here are reported and left alone; a malformed file changes nothing.

import { AppError } from '../../../shared/api/errors.js';
import type { XliffImportReport, XliffUnitReport } from '../../../shared/notes/types.js';
import type { Library } from '../library/library.js';
import { notesDoc } from './notes-doc.js';
import { readableOrThrow } from './readable-text.js';
import { readXliff, xliffMalformed, type XliffReadUnit } from './xliff-read.js';

type Outcome = 'updated' | 'unchanged' | XliffUnitReport;

const report = (id: string, problem: XliffUnitReport['problem'], detail: string): XliffUnitReport => ({ id, problem, detail });

function applyRow(library: Library, episodeId: number, unit: XliffReadUnit, rowId: number): Outcome {
  let row;
  try {
    row = library.notes.row(rowId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return report(unit.id, 'unknown_id', 'no such notes row');
    throw error;
  }
  const shown = row.snippetId !== null && library.notes.rows({ episodeId }).some((r) => r.type === 'snippet' && r.snippetId === row.snippetId);
  if (row.episodeId !== episodeId && !shown) return report(unit.id, 'not_in_episode', 'the row belongs to another episode');
  if (row.type === 'snippet') return report(unit.id, 'snippet_reference', 'a snippet reference has no text of its own');
  if (row.source !== unit.sourceLang) return report(unit.id, 'wrong_language', `the row is now translated from ${row.source}`);
  return library.notes.translate(row.id, unit.targetLang, unit.target, unit.status, unit.source, 'xliff');
}

function applyUnit(library: Library, episodeId: number, unit: XliffReadUnit): Outcome {
  if (unit.target.trim() === '') return report(unit.id, 'empty_target', 'no translation in the file');
  const lang = unit.targetLang;
  if (unit.id === 'title') {
    const episode = library.episodes.get(episodeId);
    if (episode.title[lang] === unit.target) return 'unchanged';
    library.episodes.update(episodeId, { title: { ...episode.title, [lang]: unit.target } });
    return 'updated';
  }
  const chapter = /^c(\d+)$/.exec(unit.id);
  if (chapter) {
    const found = library.chapters.list(episodeId).find((c) => c.id === Number(chapter[1]));
    if (!found) return report(unit.id, 'not_in_episode', 'no such chapter in this episode');
    if (found.title[lang] === unit.target) return 'unchanged';
    library.chapters.update(found.id, { title: { [lang]: unit.target } });
    return 'updated';
  }
  const row = /^n(\d+)$/.exec(unit.id);
  if (row) return applyRow(library, episodeId, unit, Number(row[1]));
  return report(unit.id, 'unknown_id', 'not an id this app writes (n…, c…, title)');
}

export function importXliff(library: Library, options: { episodeId: number; text: string }): XliffImportReport {
  readableOrThrow(options.text, xliffMalformed);
  const units = readXliff(options.text);
  const episode = library.episodes.get(options.episodeId);
  const expected = `${episode.showSlug}/${episode.slug}`;
  const other = units.find((u) => u.original !== null && u.original !== expected);
  if (other) {
    throw xliffMalformed(other.line, `this file is for ${other.original}, not ${expected}`, `ce fichier est pour ${other.original}, pas ${expected}`);
  }
  return library.transaction(() => {
    const outcomes = units.map((unit) => applyUnit(library, episode.id, unit));
    return {
      units: units.length,
      updated: outcomes.filter((o) => o === 'updated').length,
      unchanged: outcomes.filter((o) => o === 'unchanged').length,
      unmatched: outcomes.filter((o): o is XliffUnitReport => typeof o !== 'string'),
      doc: notesDoc(library, { episodeId: episode.id }),
    };
  });
}
