// Figures the Release tab shows about what a release holds and what the next one changes, pure.
import type { ReleaseChange, ReleaseFile, UiLanguage } from '../../shared/domain/types';

const UNITS: Record<UiLanguage, string[]> = { fr: ['o', 'Ko', 'Mo', 'Go'], en: ['B', 'KB', 'MB', 'GB'] };

/**
 * A size for a column of sizes: always one decimal above bytes (55,0 Mo, not 55 Mo), so the
 * figures of a table line up on their decimal separator.
 */
export function formatFileSize(lang: UiLanguage, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[lang][unit]}`;
}

export function totalSize(files: readonly ReleaseFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/** Files in reading order: the bundle's top-level files first, then each folder's, by path. */
export function sortFiles(files: readonly ReleaseFile[]): ReleaseFile[] {
  const depth = (p: string) => p.split('/').length;
  return [...files].sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
}

export interface ChangeSummary {
  /** New, changed and removed episodes, in that order: what a listener would notice. */
  notable: ReleaseChange[];
  unchanged: number;
}

const KIND_RANK: Record<ReleaseChange['kind'], number> = { new: 0, changed: 1, removed: 2, unchanged: 3 };

export function summarizeChanges(changes: readonly ReleaseChange[]): ChangeSummary {
  const notable = changes
    .filter((c) => c.kind !== 'unchanged')
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_RANK[a.c.kind] - KIND_RANK[b.c.kind] || a.i - b.i)
    .map(({ c }) => c);
  return { notable, unchanged: changes.length - notable.length };
}
