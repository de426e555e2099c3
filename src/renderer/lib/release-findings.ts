// The Release tab's checklist, pure: findings grouped by episode (the show first, then the open
// episode, then the others by number) and by language, their counts, and what blocks an export.
import type {
  FindingCounts, FindingSeverity, ReleaseFinding, ReleaseFindingCode, ReleaseReport, UiLanguage,
} from '../../shared/domain/types';

/** Findings of one feed (`fr`, `en`), or of both at once (`null`). */
export interface LanguageGroup {
  lang: UiLanguage | null;
  findings: ReleaseFinding[];
}

export interface FindingGroup {
  /** `show`, or `episode-<id>`. */
  key: string;
  episodeId: number | null;
  /** The episode open on screen: its group comes right after the show's and stands out. */
  current: boolean;
  counts: FindingCounts;
  languages: LanguageGroup[];
}

const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };
const LANG_RANK = (lang: UiLanguage | null) => (lang === null ? 0 : lang === 'fr' ? 1 : 2);

export function countFindings(findings: readonly ReleaseFinding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Groups in display order. `numberOf` gives an episode's number (null when it has none) so the
 * other episodes follow the list's order; bundle-level findings with no episode go with the show.
 */
export function groupFindings(
  findings: readonly ReleaseFinding[], currentEpisodeId: number | null, numberOf: (episodeId: number) => number | null,
): FindingGroup[] {
  const byEpisode = new Map<number | null, ReleaseFinding[]>();
  for (const f of findings) {
    const id = f.where.episodeId ?? null;
    const list = byEpisode.get(id) ?? [];
    list.push(f);
    byEpisode.set(id, list);
  }
  const order = (id: number | null): [number, number, number] => {
    if (id === null) return [0, 0, 0];
    if (id === currentEpisodeId) return [1, 0, 0];
    const n = numberOf(id);
    return [2, n === null ? Number.MAX_SAFE_INTEGER : n, id];
  };
  const ids = [...byEpisode.keys()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return ids.map((id) => {
    const list = byEpisode.get(id) ?? [];
    return {
      key: id === null ? 'show' : `episode-${id}`,
      episodeId: id,
      current: id !== null && id === currentEpisodeId,
      counts: countFindings(list),
      languages: byLanguage(list),
    };
  });
}

function byLanguage(findings: readonly ReleaseFinding[]): LanguageGroup[] {
  const groups = new Map<UiLanguage | null, ReleaseFinding[]>();
  for (const f of findings) {
    const lang = f.where.lang ?? null;
    const list = groups.get(lang) ?? [];
    list.push(f);
    groups.set(lang, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => LANG_RANK(a) - LANG_RANK(b))
    .map(([lang, list]) => ({
      lang,
      // Errors first; within a severity, the order the checks ran in.
      findings: list.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map(({ f }) => f),
    }));
}

/** The findings in the order the checklist shows them (for keyboard movement across groups). */
export function flatten(groups: readonly FindingGroup[]): ReleaseFinding[] {
  return groups.flatMap((g) => g.languages.flatMap((l) => l.findings));
}

/** Findings about an episode the feeds leave out: it does not count among the episodes released. */
const LEFT_OUT: ReadonlySet<ReleaseFindingCode> = new Set<ReleaseFindingCode>([
  'ready_without_audio', 'ready_without_notes', 'audio_needs_relink', 'audio_changed', 'episode_removed',
]);

/** Episodes the feeds carry with neither error nor warning (infos do not count against them). */
export function cleanEpisodes(report: ReleaseReport): { ok: number; total: number } {
  const troubled = new Set<number>();
  for (const f of report.findings) {
    if (f.severity === 'info' || f.where.episodeId === undefined || LEFT_OUT.has(f.code)) continue;
    troubled.add(f.where.episodeId);
  }
  return { ok: Math.max(0, report.episodes - troubled.size), total: report.episodes };
}

/** What the Export button may do: nothing while errors remain; warnings need an explicit consent. */
export type ExportGate =
  | { kind: 'errors'; count: number }
  | { kind: 'warnings'; count: number }
  | { kind: 'clean' };

export function exportGate(counts: FindingCounts): ExportGate {
  if (counts.error > 0) return { kind: 'errors', count: counts.error };
  if (counts.warning > 0) return { kind: 'warnings', count: counts.warning };
  return { kind: 'clean' };
}
