// A podcast:chapters JSON file of the bundle, read back: Podcasting 2.0 JSON chapters (version,
// a chapters array, numeric startTime in ascending order) inside the item's duration.

import type { ReleaseFinding } from '../../../shared/domain/types.js';
import { formatHuman } from '../chapters/clock.js';
import { itemWhere, type BundleCheck } from './bundle-check.js';
import { finding } from './findings.js';

const FIX_CHAPTERS = {
  fr: 'Ouvrez les chapitres de l’épisode et corrigez les temps signalés.',
  en: 'Open the episode’s chapters and fix the times shown.',
};

type Json = Record<string, unknown>;

export function checkChapterFile(check: BundleCheck, guid: string, file: string, bytes: Buffer, durationMs: number | null): ReleaseFinding[] {
  const where = (chapterIndex?: number) => ({ ...itemWhere(check, guid, 'chapters', chapterIndex !== undefined ? { chapterIndex } : {}), file });
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return [finding('error', 'chapters_unreadable', where(),
      { fr: `${file} n’est pas du JSON valide : ${(error as Error).message}`, en: `${file} is not valid JSON: ${(error as Error).message}` },
      { fr: 'Exportez la publication de nouveau.', en: 'Export the release again.' })];
  }
  const root = doc as Json;
  if (typeof doc !== 'object' || doc === null || typeof root.version !== 'string' || !Array.isArray(root.chapters)) {
    return [finding('error', 'chapters_unreadable', where(),
      { fr: `${file} n’a pas la forme des chapitres JSON (version et chapters).`, en: `${file} does not have the JSON chapters shape (version and chapters).` },
      { fr: 'Exportez la publication de nouveau.', en: 'Export the release again.' })];
  }
  const out: ReleaseFinding[] = [];
  let previous = -1;
  (root.chapters as unknown[]).forEach((item, i) => {
    const start = (item as Json | null)?.startTime;
    const end = (item as Json | null)?.endTime;
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) {
      out.push(finding('error', 'chapters_unreadable', where(i),
        { fr: `Chapitre ${i + 1} : startTime absent ou invalide.`, en: `Chapter ${i + 1}: startTime missing or not valid.` }, FIX_CHAPTERS));
      return;
    }
    const ms = Math.round(start * 1000);
    if (start <= previous) {
      out.push(finding('error', 'chapters_unsorted', where(i),
        { fr: `Le chapitre ${i + 1} (${formatHuman(ms)}) ne commence pas après le précédent.`,
          en: `Chapter ${i + 1} (${formatHuman(ms)}) does not start after the previous one.` }, FIX_CHAPTERS));
    }
    previous = start;
    if (durationMs !== null && ms >= durationMs) {
      out.push(finding('error', 'chapters_outside_duration', where(i),
        { fr: `Le chapitre ${i + 1} commence à ${formatHuman(ms)}, après la fin du son (${formatHuman(durationMs)}).`,
          en: `Chapter ${i + 1} starts at ${formatHuman(ms)}, after the end of the audio (${formatHuman(durationMs)}).` }, FIX_CHAPTERS));
    } else if (durationMs !== null && typeof end === 'number' && Math.round(end * 1000) > durationMs) {
      out.push(finding('warning', 'chapters_outside_duration', where(i),
        { fr: `Le chapitre ${i + 1} finit à ${formatHuman(Math.round(end * 1000))}, après la fin du son (${formatHuman(durationMs)}).`,
          en: `Chapter ${i + 1} ends at ${formatHuman(Math.round(end * 1000))}, after the end of the audio (${formatHuman(durationMs)}).` },
        FIX_CHAPTERS));
    }
  });
  return out;
}
