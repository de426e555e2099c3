// Bilingual merge: a file's titles in one language laid onto existing chapters by time. Pairs
// are one-to-one within a tolerance; what has no partner is reported, never guessed.

import type { Chapter, ChapterFields, ChapterImportResult, UiLanguage } from '../../../shared/domain/types.js';
import { byStart } from './model.js';

export const DEFAULT_TOLERANCE_MS = 1000;

export interface MergeOutcome extends Pick<ChapterImportResult, 'mode' | 'matched' | 'unmatchedImported' | 'unmatchedExisting'> {
  /** The whole list to save: existing chapters keep their id. */
  chapters: (ChapterFields & { id?: number })[];
}

/**
 * The pairing with the most matches and, among those, the smallest total time difference,
 * without crossing (both lists are in time order). Dynamic programming over both lists.
 */
export function pairByTime(a: readonly number[], b: readonly number[], toleranceMs: number): [number, number][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // A match is worth more than any total distance, so the count wins and the distance breaks ties.
  const MATCH = 1e9;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 1 = pair, 2 = skip a, 3 = skip b
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let how = 0;
      if (i > 0 && j > 0) {
        const d = Math.abs((a[i - 1] as number) - (b[j - 1] as number));
        if (d <= toleranceMs) [best, how] = [(score[(i - 1) * width + j - 1] as number) + MATCH - d, 1];
      }
      if (i > 0 && (score[(i - 1) * width + j] as number) > best) [best, how] = [score[(i - 1) * width + j] as number, 2];
      if (j > 0 && (score[i * width + j - 1] as number) > best) [best, how] = [score[i * width + j - 1] as number, 3];
      score[i * width + j] = best;
      move[i * width + j] = how;
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const how = move[i * width + j];
    if (how === 1) pairs.push([--i, --j]);
    else if (how === 2) i--;
    else j--;
  }
  return pairs.reverse();
}

export function mergeBilingual(
  existing: readonly Chapter[],
  imported: readonly ChapterFields[],
  options: { lang: UiLanguage; toleranceMs?: number },
): MergeOutcome {
  const { lang } = options;
  const incoming = byStart(imported);
  if (existing.length === 0) {
    return { mode: 'created', chapters: incoming, matched: 0, unmatchedImported: [], unmatchedExisting: [] };
  }
  const current = byStart(existing);
  const pairs = pairByTime(current.map((c) => c.startMs), incoming.map((c) => c.startMs), options.toleranceMs ?? DEFAULT_TOLERANCE_MS);
  const partnerOf = new Map(pairs);
  const pairedImports = new Set(pairs.map(([, j]) => j));

  const chapters = current.map((chapter, i) => {
    const j = partnerOf.get(i);
    const from = j === undefined ? undefined : incoming[j];
    if (!from) return { ...chapter };
    return {
      ...chapter,
      title: { ...chapter.title, [lang]: from.title[lang] },
      // A link or image the file carries fills an empty one; one already set is the user's choice.
      url: chapter.url || from.url,
      img: chapter.img || from.img,
    };
  });
  return {
    mode: 'merged',
    chapters,
    matched: pairs.length,
    unmatchedImported: incoming.filter((_, j) => !pairedImports.has(j)).map((c) => ({ startMs: c.startMs, title: c.title[lang] })),
    unmatchedExisting: current.filter((_, i) => !partnerOf.has(i)).map((c) => ({ id: c.id, startMs: c.startMs, title: c.title })),
  };
}
