// Staleness from content hashes, never timestamps: a side translated from a source whose text has
// changed since (other than by a minor edit) needs an update. Shared so the editor agrees live.

import { contentHash } from './content-hash.js';
import type { NoteLang, NoteSide, NoteSideState, NoteStatus } from './types.js';
import { wordDiff } from './word-diff.js';
import type { WordDiffOp } from './types.js';

export const otherLang = (lang: NoteLang): NoteLang => (lang === 'fr' ? 'en' : 'fr');

const STATUS_ORDER: Record<NoteStatus, number> = { untranslated: 0, draft: 1, translated: 2, reviewed: 3 };

/** The lower of two statuses: what a merged row can honestly claim. */
export const lowerStatus = (a: NoteStatus, b: NoteStatus): NoteStatus => (STATUS_ORDER[a] <= STATUS_ORDER[b] ? a : b);

/** True when `target` was translated from a text other than `sourceText` as it is now. */
export function isStale(target: Pick<NoteSide, 'status' | 'fromHash'>, sourceText: string): boolean {
  return target.status !== 'untranslated' && target.fromHash !== null && target.fromHash !== contentHash(sourceText);
}

export function sideState(target: NoteSide, source: NoteSide): NoteSideState {
  if (target.text.trim() === '') return 'untranslated';
  return isStale(target, source.text) ? 'needs_update' : target.status;
}

/** What changed in the source since the translation, when it did and the old text is known. */
export function sourceDiffSince(target: NoteSide, source: NoteSide): WordDiffOp[] | null {
  if (!isStale(target, source.text) || target.fromText === null) return null;
  return wordDiff(target.fromText, source.text);
}

export const needsWork = (state: NoteSideState): boolean => state !== 'translated' && state !== 'reviewed';

/**
 * The status a side takes when its text is edited: typing into an empty side makes a draft,
 * emptying it makes it untranslated, and a reviewed text that changes must be reviewed again.
 */
export function statusAfterEdit(status: NoteStatus, before: string, after: string): NoteStatus {
  if (after.trim() === '') return 'untranslated';
  if (status === 'untranslated') return 'draft';
  if (status === 'reviewed' && before !== after) return 'translated';
  return status;
}
