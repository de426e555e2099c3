// report.json and report.html of a bundle: the preflight it went out with, for whoever hosts it.
// The page is bilingual (French, then English) and plain: no script, no external resource.

import type { ReleaseFinding, ReleaseReport, Show } from '../../../shared/domain/types.js';
import { escapeHtml } from './html-notes.js';

export const REPORT_JSON = 'report.json';
export const REPORT_HTML = 'report.html';

export function reportJson(releaseId: string, show: Pick<Show, 'slug' | 'title'>, report: ReleaseReport): string {
  return `${JSON.stringify({ releaseId, show: { slug: show.slug, title: show.title }, ...report }, null, 2)}\n`;
}

const SEVERITY = { error: 'Erreur / Error', warning: 'Avertissement / Warning', info: 'Info' } as const;

function where(f: ReleaseFinding): string {
  const w = f.where;
  return [w.scope, w.episodeId !== undefined ? `#${w.episodeId}` : '', w.field ?? '', w.lang ?? '',
    w.chapterIndex !== undefined ? `ch. ${w.chapterIndex + 1}` : '', w.file ?? ''].filter(Boolean).join(' · ');
}

export function reportHtml(releaseId: string, show: Pick<Show, 'slug' | 'title'>, report: ReleaseReport): string {
  const { error, warning, info } = report.counts;
  const rows = report.findings.map((f) => [
    `<tr class="${f.severity}">`,
    `<td>${SEVERITY[f.severity]}</td>`,
    `<td><code>${escapeHtml(f.code)}</code></td>`,
    `<td lang="fr">${escapeHtml(f.message.fr)}<br><em>${escapeHtml(f.fix.fr)}</em></td>`,
    `<td lang="en">${escapeHtml(f.message.en)}<br><em>${escapeHtml(f.fix.en)}</em></td>`,
    `<td>${escapeHtml(where(f))}</td>`,
    '</tr>',
  ].join(''));
  const title = escapeHtml(`${show.title.fr || show.title.en} — ${releaseId}`);
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}',
    'td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}.error td:first-child{color:#b00020}',
    '.warning td:first-child{color:#8a5a00}</style>',
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(report.checkedAt)} · ${report.episodes} épisode(s) / episode(s) · ${error} erreur(s) / error(s) · ` +
      `${warning} avertissement(s) / warning(s) · ${info} info</p>`,
    rows.length === 0
      ? '<p>Aucun problème trouvé. / No problem found.</p>'
      : `<table><thead><tr><th>Gravité / Severity</th><th>Code</th><th>Français</th><th>English</th><th>Où / Where</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
