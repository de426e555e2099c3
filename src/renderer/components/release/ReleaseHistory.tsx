// The show's releases, newest first: key, date, file count, total size and warnings recorded;
// each expands to its folder (to copy), the warnings it went out with and its files.
import { Fragment, useState } from 'react';
import type { Release } from '../../../shared/domain/types';
import { formatShortDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { formatFileSize, totalSize } from '../../lib/release-summary';
import { Icon } from '../frame/Icon';
import { CopyPath } from './CopyPath';
import { FileTable } from './FileTable';
import { SeverityLabel } from './SeverityLabel';

export function ReleaseHistory({ history }: { history: Release[] | null }) {
  const { t, lang, pick } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  if (!history) return <p className="muted">{t('common.loading')}</p>;
  if (history.length === 0) return <p className="muted" data-testid="release-history-empty">{t('release.history.empty')}</p>;

  const toggle = (id: number) => setOpen((s) => {
    const next = new Set(s);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  return (
    <table className="history-table" data-testid="release-history">
      <thead>
        <tr>
          <th scope="col" className="toggle-col" />
          <th scope="col">{t('release.history.key')}</th>
          <th scope="col">{t('release.history.date')}</th>
          <th scope="col" className="num">{t('release.history.files')}</th>
          <th scope="col" className="num">{t('release.history.size')}</th>
          <th scope="col" className="num" title={t('release.history.warningsTitle')}>{t('release.history.warnings')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((r) => {
          const expanded = open.has(r.id);
          const recorded = r.findings.filter((f) => f.severity === 'warning');
          return (
            <Fragment key={r.id}>
              <tr className={`history-row${expanded ? ' expanded' : ''}`} data-testid="history-row" data-key={r.key}>
                <td className="toggle-col">
                  <button type="button" className="icon-button disclosure" aria-expanded={expanded} aria-controls={`history-${r.id}`}
                    aria-label={t('release.history.expand', { key: r.key })} onClick={() => toggle(r.id)} data-testid={`history-toggle-${r.key}`}>
                    <Icon name="chevron" size={14} />
                  </button>
                </td>
                <td className="key">{r.key}</td>
                <td className="tabular">{formatShortDateTime(lang, r.releasedAt)}</td>
                <td className="num tabular" data-testid="history-files">{r.files.length}</td>
                <td className="num tabular">{formatFileSize(lang, totalSize(r.files))}</td>
                <td className="num tabular">{r.counts.warning}</td>
              </tr>
              {expanded && (
                <tr className="history-detail" id={`history-${r.id}`}>
                  <td colSpan={6}>
                    <dl className="facts">
                      <div className="fact"><dt>{t('release.folder')}</dt><dd><CopyPath path={r.folder} testId={`history-folder-${r.key}`} reveal={{ releaseId: r.id, zip: false }} /></dd></div>
                      {r.zipPath && <div className="fact"><dt>{t('release.zipFile')}</dt><dd><CopyPath path={r.zipPath} testId={`history-zip-${r.key}`} reveal={{ releaseId: r.id, zip: true }} /></dd></div>}
                    </dl>
                    {recorded.length > 0 && (
                      <div className="recorded">
                        <h5>{t('release.history.recorded')}</h5>
                        <ul>
                          {recorded.map((f, i) => (
                            <li key={i}><SeverityLabel severity={f.severity} /> {pick(f.message)}</li>
                          ))}
                        </ul>
                      </div>
                    )}
                    <FileTable files={r.files} testId={`history-files-${r.key}`} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
