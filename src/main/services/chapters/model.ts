// The chapter model's rules shared by every format: building a checked chapter from what a file
// says (naming the line when it is wrong), sorting, and the implied ends of "until the next one".

import { MAX_CHAPTER_MS, MAX_CHAPTERS, normalizeChapterTitle, webUrlSchema } from '../../../shared/domain/schemas.js';
import type { ChapterFields, ChapterFormat, UiLanguage } from '../../../shared/domain/types.js';
import { formatHuman } from './clock.js';
import { malformed, quote } from './malformed.js';

/** What one entry of a chapter file says, in the file's one language. */
export interface FileEntry {
  startMs: number;
  endMs?: number | null;
  title?: string;
  url?: string;
  img?: string;
  hidden?: boolean;
}

const isWebUrl = (text: string) => webUrlSchema.safeParse(text).success;

/** A checked chapter from a file entry; the title goes to `lang`, the other language stays empty. */
export function fileChapter(format: ChapterFormat, line: number, entry: FileEntry, lang: UiLanguage): ChapterFields {
  const { startMs } = entry;
  const endMs = entry.endMs ?? null;
  if (!Number.isInteger(startMs) || startMs < 0 || startMs > MAX_CHAPTER_MS) {
    throw malformed(format, line, `start time ${startMs / 1000} s is out of range`, `le début ${startMs / 1000} s est hors limites`);
  }
  if (endMs !== null && (!Number.isInteger(endMs) || endMs > MAX_CHAPTER_MS || endMs <= startMs)) {
    throw malformed(format, line,
      `end ${formatHuman(Math.max(0, endMs))} is not after start ${formatHuman(startMs)}`,
      `la fin ${formatHuman(Math.max(0, endMs))} n'est pas après le début ${formatHuman(startMs)}`);
  }
  const title = normalizeChapterTitle(entry.title ?? '');
  if (title.length > 500) throw malformed(format, line, 'title longer than 500 characters', 'titre de plus de 500 caractères');
  const url = (entry.url ?? '').trim();
  const img = (entry.img ?? '').trim();
  for (const [what, value] of [['link', url], ['image', img]] as const) {
    if (value !== '' && !isWebUrl(value)) {
      const fr = what === 'link' ? 'le lien' : "l'image";
      throw malformed(format, line, `${what} ${quote(value)} is not a web address (http:// or https://)`,
        `${fr} ${quote(value)} n'est pas une adresse web (http:// ou https://)`);
    }
  }
  return {
    startMs,
    endMs,
    title: { fr: lang === 'fr' ? title : '', en: lang === 'en' ? title : '' },
    url,
    img,
    hidden: entry.hidden ?? false,
  };
}

/** Sorted by start, stable, so chapters at the same time keep the file's order. */
export function byStart<T extends { startMs: number }>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.startMs - b.startMs);
}

/** The end of a parse: at least one chapter, not too many, sorted. */
export function finishParse(format: ChapterFormat, chapters: ChapterFields[]): ChapterFields[] {
  if (chapters.length === 0) throw malformed(format, null, 'no chapters found', 'aucun chapitre trouvé');
  if (chapters.length > MAX_CHAPTERS) {
    throw malformed(format, null, `${chapters.length} chapters; at most ${MAX_CHAPTERS}`,
      `${chapters.length} chapitres ; ${MAX_CHAPTERS} au plus`);
  }
  return byStart(chapters);
}

/** The first later start of a sorted list (chapters sharing a start do not end each other). */
function nextStart(sorted: readonly ChapterFields[], i: number): number | null {
  const start = (sorted[i] as ChapterFields).startMs;
  return sorted.slice(i + 1).find((c) => c.startMs > start)?.startMs ?? null;
}

/**
 * Formats that must write an end write "until the next chapter" as the next chapter's start and
 * the last one's as the audio's end; reading them back, such ends become null again.
 */
export function dropImpliedEnds(sorted: ChapterFields[], durationMs: number | null | undefined): ChapterFields[] {
  return sorted.map((chapter, i) => {
    const implied = nextStart(sorted, i) ?? durationMs ?? null;
    return chapter.endMs !== null && chapter.endMs === implied ? { ...chapter, endMs: null } : chapter;
  });
}

/** The end a chapter really has: its own, else the next start, else the audio's end (else 1 s). */
export function effectiveEnd(sorted: readonly ChapterFields[], i: number, durationMs: number | null | undefined): number {
  const chapter = sorted[i] as ChapterFields;
  if (chapter.endMs !== null) return chapter.endMs;
  const next = nextStart(sorted, i);
  if (next !== null) return next;
  if (durationMs && durationMs > chapter.startMs) return durationMs;
  return chapter.startMs + 1000;
}

/** Formats with no `toc` flag leave hidden chapters out: they are not meant for listeners. */
export const listed = (chapters: readonly ChapterFields[]): ChapterFields[] => chapters.filter((c) => !c.hidden);

export const titleIn = (chapter: ChapterFields, lang: UiLanguage): string => chapter.title[lang];
