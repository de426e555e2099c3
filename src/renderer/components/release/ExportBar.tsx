// The head of the Release tab: the next release at a glance (counts of errors, warnings, infos and
// clean episodes), "Check again", the .zip option and the Export button, which says why it waits.
import type { ReleaseReport } from '../../../shared/domain/types';
import { formatShortDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { cleanEpisodes, exportGate } from '../../lib/release-findings';
import { Icon, type IconName } from '../frame/Icon';

interface Props {
  showTitle: string;
  report: ReleaseReport | null;
  validating: boolean;
  failed: boolean;
  running: boolean;
  /** The last release's key when the next one would change nothing. */
  unchangedSince: string | null;
  zip: boolean;
  onZip: (zip: boolean) => void;
  onValidate: () => void;
  onExport: (allowWarnings: boolean) => void;
}

function Counter({ kind, value, word, title }: { kind: 'error' | 'warning' | 'info' | 'ok'; value: string; word: string; title?: string }) {
  const icons: Record<typeof kind, IconName> = { error: 'error', warning: 'warning', info: 'info', ok: 'ok' };
  const quiet = value === '0';
  return (
    <span className={`counter counter-${kind}${quiet ? ' quiet' : ''}`} data-testid={`release-count-${kind}`} title={title}>
      <Icon name={icons[kind]} />
      <span className="counter-value tabular">{value}</span>
      <span className="counter-word">{word}</span>
    </span>
  );
}

export function ExportBar({ showTitle, report, validating, failed, running, unchangedSince, zip, onZip, onValidate, onExport }: Props) {
  const { t, plural, lang } = useI18n();
  const gate = report ? exportGate(report.counts) : null;
  const clean = report ? cleanEpisodes(report) : null;
  const reason = running ? t('release.gate.running')
    : !gate ? (failed ? t('release.checkFailed') : t('release.checking'))
    : gate.kind === 'errors' ? plural('release.gate.errors', gate.count)
    : gate.kind === 'warnings' ? t('release.gate.warnings')
    : unchangedSince ? t('release.gate.unchanged', { key: unchangedSince })
    : t('release.gate.clean');
  const disabled = running || validating || !gate || gate.kind === 'errors';

  return (
    <section className="release-bar" aria-labelledby="release-next" data-testid="release-bar">
      <header className="release-bar-head">
        <div className="release-bar-title">
          <h2 id="release-next">{t('release.next')}</h2>
          <p className="muted">
            {showTitle}
            {report && <> · {plural('release.episodesInFeeds', report.episodes)} · {t('release.checkedAt', { time: formatShortDateTime(lang, report.checkedAt) })}</>}
          </p>
        </div>
        <button type="button" className="button" onClick={onValidate} disabled={validating || running} aria-busy={validating}
          data-testid="release-validate">
          <Icon name="refresh" />
          {validating ? t('release.checking') : t('release.revalidate')}
        </button>
      </header>
      <div className="counters" data-testid="release-counters" aria-live="polite">
        {report ? (
          <>
            <Counter kind="error" value={String(report.counts.error)} word={plural('release.count.error', report.counts.error)} />
            <Counter kind="warning" value={String(report.counts.warning)} word={plural('release.count.warning', report.counts.warning)} />
            <Counter kind="info" value={String(report.counts.info)} word={plural('release.count.info', report.counts.info)} />
            {clean && <Counter kind="ok" value={`${clean.ok}/${clean.total}`} word={t('release.count.ok')} title={t('release.count.okTitle')} />}
          </>
        ) : (
          <span className="muted">{failed ? t('release.checkFailed') : t('release.checking')}</span>
        )}
      </div>
      <div className="release-bar-actions">
        <label className="check-label">
          <input type="checkbox" checked={zip} onChange={(e) => onZip(e.target.checked)} disabled={running} data-testid="release-zip" />
          {t('release.zip')}
        </label>
        <span className={`gate-reason${gate?.kind === 'errors' ? ' blocked' : ''}`} id="release-gate" data-testid="release-gate" aria-live="polite">
          {reason}
        </span>
        <button type="button" className="button primary" disabled={disabled} aria-describedby="release-gate"
          onClick={() => onExport(gate?.kind === 'warnings')} data-testid="release-export">
          <Icon name="export" />
          {gate?.kind === 'warnings' ? plural('release.exportWithWarnings', gate.count) : t('release.export')}
        </button>
      </div>
    </section>
  );
}
