// What `balado release` prints for people (--json prints the result objects as they are).

import type { Release, ReleaseChanges, ReleaseFinding, ReleaseReport, UiLanguage } from '../../../shared/domain/types.js';
import { table } from '../output.js';

const SEVERITY = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

function place(f: ReleaseFinding): string {
  const w = f.where;
  return [w.episodeId !== undefined ? `episode ${w.episodeId}` : w.scope, w.field, w.lang,
    w.chapterIndex !== undefined ? `chapter ${w.chapterIndex + 1}` : undefined, w.file].filter(Boolean).join(', ');
}

export function describeFindings(report: ReleaseReport, lang: UiLanguage): string {
  const lines = report.findings.map((f) =>
    `${SEVERITY[lang][f.severity]} [${f.code}] ${f.message[lang]} (${place(f)})\n    → ${f.fix[lang]}`);
  const { error, warning, info } = report.counts;
  const summary = lang === 'fr'
    ? `${report.episodes} épisode(s) ; ${error} erreur(s), ${warning} avertissement(s), ${info} info(s).`
    : `${report.episodes} episode(s); ${error} error(s), ${warning} warning(s), ${info} info(s).`;
  return [...lines, summary].join('\n');
}

export function describeRelease(release: Release, lang: UiLanguage): string {
  const head = lang === 'fr' ? `Publication ${release.key} écrite dans ${release.folder}` : `Release ${release.key} written to ${release.folder}`;
  return [head, ...(release.zipPath ? [release.zipPath] : []),
    `${release.files.length} ${lang === 'fr' ? 'fichiers' : 'files'}, ${release.episodes.length} ${lang === 'fr' ? 'épisodes' : 'episodes'}`].join('\n');
}

export function describeReleases(releases: Release[]): string {
  if (releases.length === 0) return 'No releases yet.';
  return table(['KEY', 'RELEASED', 'EPISODES', 'FILES', 'WARNINGS', 'FOLDER'],
    releases.map((r) => [r.key, r.releasedAt, r.episodes.length, r.files.length, r.counts.warning, r.folder]));
}

export function describeChanges(changes: ReleaseChanges): string {
  const since = changes.since ? `Since ${changes.since.key} (${changes.since.releasedAt}):` : 'Never released: everything is new.';
  const rows = changes.changes.map((c) => [c.kind, c.slug, c.title.fr || c.title.en, c.parts.join(', ')]);
  return [since, table(['CHANGE', 'SLUG', 'TITLE', 'PARTS'], rows)].join('\n');
}
