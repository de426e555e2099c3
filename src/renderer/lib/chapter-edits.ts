// The editor's chapter list and the edits it allows, as pure functions: every edit returns a new
// list sorted by start, so undo/redo is a stack of lists and autosave sends the list as it is.
import type { ChapterInput } from '../../shared/domain/schemas';
import type { Bilingual, Chapter, ChapterFields } from '../../shared/domain/types';

/** A chapter as the editor holds it: `key` is stable across saves, undo and redo (ids are not). */
export interface EditorChapter extends ChapterFields {
  key: string;
}

/** Start moves go through moveStart (ends follow); a title patch may name one language. */
export type ChapterPatch = Partial<Omit<ChapterFields, 'startMs' | 'title'>> & { title?: Partial<Bilingual> };

let counter = 0;
/** Keys of chapters made here; server chapters are keyed by their id so a reload finds them again. */
export const newKey = (): string => `n${Date.now().toString(36)}-${(counter++).toString(36)}`;
export const serverKey = (id: number): string => `s${id}`;

/** Stable: chapters at the same start keep the order they had (the validation flags them). */
export const sortChapters = (list: readonly EditorChapter[]): EditorChapter[] =>
  list.map((c, i) => ({ c, i })).sort((a, b) => a.c.startMs - b.c.startMs || a.i - b.i).map(({ c }) => c);

export function fromServer(chapters: readonly Chapter[]): EditorChapter[] {
  return sortChapters(chapters.map(({ id, episodeId: _episode, ...fields }) => ({ ...fields, key: serverKey(id) })));
}

/** `key` comes from the caller (newKey()) so the edit stays a pure function of the list. */
export function addChapter(list: readonly EditorChapter[], startMs: number, key: string): EditorChapter[] {
  const chapter: EditorChapter = { key, startMs: Math.max(0, Math.round(startMs)), endMs: null, title: { fr: '', en: '' }, url: '', img: '', hidden: false };
  // A chapter whose explicit end runs past the new start would overlap it: it now ends there.
  const trimmed = list.map((c) => (c.startMs < chapter.startMs && c.endMs !== null && c.endMs > chapter.startMs ? { ...c, endMs: chapter.startMs } : c));
  return sortChapters([...trimmed, chapter]);
}

export const removeChapter = (list: readonly EditorChapter[], key: string): EditorChapter[] => list.filter((c) => c.key !== key);

export function patchChapter(list: readonly EditorChapter[], key: string, patch: ChapterPatch): EditorChapter[] {
  return list.map((c) => (c.key === key ? { ...c, ...patch, title: { ...c.title, ...patch.title } } : c));
}

/**
 * Moves a chapter's start. An explicit end that would come before it is dropped (until the next
 * chapter), and the previous chapter's explicit end follows when it met this start.
 */
export function moveStart(list: readonly EditorChapter[], key: string, startMs: number): EditorChapter[] {
  const at = Math.max(0, Math.round(startMs));
  const sorted = sortChapters(list);
  const index = sorted.findIndex((c) => c.key === key);
  const chapter = sorted[index];
  if (!chapter || chapter.startMs === at) return sorted;
  const previous = sorted[index - 1];
  return sortChapters(sorted.map((c) => {
    if (c === chapter) return { ...c, startMs: at, endMs: c.endMs !== null && c.endMs <= at ? null : c.endMs };
    if (c === previous && c.endMs === chapter.startMs) return { ...c, endMs: at > c.startMs ? at : null };
    return c;
  }));
}

/** The list as chapters.replace takes it; `idOf` gives the saved id of a key, if any. */
export function toInputs(list: readonly EditorChapter[], idOf: (key: string) => number | undefined): ChapterInput[] {
  return sortChapters(list).map(({ key, ...fields }) => {
    const id = idOf(key);
    return id === undefined ? fields : { id, ...fields };
  });
}

/** The chapter playing at `ms` (the last one starting at or before it). */
export function chapterAt(list: readonly EditorChapter[], ms: number): EditorChapter | undefined {
  let found: EditorChapter | undefined;
  for (const c of list) {
    if (c.startMs <= ms) found = c;
    else break;
  }
  return found;
}
