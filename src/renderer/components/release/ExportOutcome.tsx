// What the last export did: the bundle (key, folder and zip paths to copy, feed URLs, files and
// sizes), or why nothing was written (blocked by the check run again at export, cancelled, failed).
import type { ExportState } from '../../hooks/use-release-export';
import { useI18n } from '../../i18n/i18n-context';
import { formatFileSize, totalSize } from '../../lib/release-summary';
import { Icon } from '../frame/Icon';
import { CopyPath } from './CopyPath';
import { FileTable } from './FileTable';

type Outcome = Exclude<ExportState, { status: 'idle' } | { status: 'running' }>;

export function ExportOutcome({ state, onDismiss }: { state: Outcome; onDismiss: () => void }) {
  const { t, plural, lang } = useI18n();
  const close = (
    <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.close')} data-testid="release-outcome-close">
      <Icon name="close" />
    </button>
  );

  if (state.status !== 'done') {
    const [title, text, tone] = state.status === 'blocked'
      ? [t('release.blocked.title'), t('release.blocked.text', {
        errors: `${state.report.counts.error} ${plural('release.count.error', state.report.counts.error)}`,
        warnings: `${state.report.counts.warning} ${plural('release.count.warning', state.report.counts.warning)}`,
      }), 'blocked']
      : state.status === 'cancelled' ? [t('release.cancelled'), '', 'neutral']
      : [t('release.failed'), state.error.messages[lang], 'blocked'];
    return (
      <section className={`release-outcome ${tone}`} data-testid="release-outcome" data-status={state.status} role="status">
        <Icon name={tone === 'blocked' ? 'error' : 'info'} />
        <div className="release-outcome-text">
          <strong>{title}</strong>
          {text && <p>{text}</p>}
        </div>
        {close}
      </section>
    );
  }

  const { release } = state;
  const warnings = release.counts.warning;
  return (
    <section className="release-outcome done" data-testid="release-outcome" data-status="done" role="status">
      <Icon name="ok" />
      <div className="release-outcome-text">
        <strong data-testid="release-done-title">{t('release.done.title', { key: release.key })}</strong>
        <p className="muted tabular">
          {plural('release.files', release.files.length)} · {formatFileSize(lang, totalSize(release.files))}
          {warnings > 0 && <> · {plural('release.done.warnings', warnings)}</>}
        </p>
        <dl className="facts outcome-facts">
          <div className="fact"><dt>{t('release.folder')}</dt><dd><CopyPath path={release.folder} testId="release-folder" reveal={{ releaseId: release.id, zip: false }} /></dd></div>
          {release.zipPath && <div className="fact"><dt>{t('release.zipFile')}</dt><dd><CopyPath path={release.zipPath} testId="release-zip-path" reveal={{ releaseId: release.id, zip: true }} /></dd></div>}
          <div className="fact">
            <dt>{t('release.feeds')}</dt>
            <dd className="feed-urls">
              <span><span className="lang-badge">FR</span> <code>{release.feedUrls.fr}</code></span>
              <span><span className="lang-badge">EN</span> <code>{release.feedUrls.en}</code></span>
            </dd>
          </div>
        </dl>
        <FileTable files={release.files} testId="release-files" />
        <p className="muted small">{t('release.reportHint')}</p>
      </div>
      {close}
    </section>
  );
}
