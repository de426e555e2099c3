// The Release tab: the show's next release seen from one episode. The preflight checklist (this
// episode's findings right after the show's, highlighted), the export with its progress and
// outcome, what changed since the last release, the history, and the show's release settings.
import { useEffect, useMemo, useState } from 'react';
import type { Episode } from '../../../shared/domain/types';
import { useApp } from '../../hooks/app-context';
import { useReleaseData } from '../../hooks/use-release-data';
import { useReleaseExport, type ExportState } from '../../hooks/use-release-export';
import { useReleaseSettings } from '../../hooks/use-release-settings';
import { useToasts } from '../../hooks/use-toasts';
import { useI18n } from '../../i18n/i18n-context';
import { summarizeChanges } from '../../lib/release-summary';
import { Icon } from '../frame/Icon';
import { ChangesList } from './ChangesList';
import { ExportBar } from './ExportBar';
import { ExportOutcome } from './ExportOutcome';
import { ExportProgress } from './ExportProgress';
import { FindingList } from './FindingList';
import { ReleaseHistory } from './ReleaseHistory';
import { ReleaseSettingsForm } from './ReleaseSettingsForm';

/** Outcomes already acted on: the store outlives the tab, a remount must not act twice. */
const handled = new WeakSet<ExportState>();

export function ReleaseTab({ episode }: { episode: Episode }) {
  const { ws, goTo } = useApp();
  const { t, pick, other } = useI18n();
  const toasts = useToasts();
  const showId = episode.showId;
  const show = ws.shows?.find((s) => s.id === showId) ?? null;
  const showTitle = show ? pick(show.title) || show.title[other] || show.slug : '';
  const data = useReleaseData(showId, toasts.error);
  const exporter = useReleaseExport(showId, showTitle, toasts.error);
  const { settings, save: saveSettings } = useReleaseSettings(showId, toasts.error);
  const [zip, setZip] = useState(false);
  const episodes = useMemo(() => new Map(data.episodes.map((e) => [e.id, e])), [data.episodes]);
  const { refresh, showReport } = data;

  // A finished export changes the history and what "changed since" means; a blocked one brings
  // the report it was checked against.
  const state = exporter.state;
  useEffect(() => {
    if (handled.has(state)) return;
    if (state.status === 'done') void refresh();
    else if (state.status === 'blocked') showReport(state.report);
    else return;
    handled.add(state);
  }, [state, refresh, showReport]);

  const running = state.status === 'running';
  const since = data.changes?.since ?? null;
  const unchangedSince = since && data.changes && summarizeChanges(data.changes.changes).notable.length === 0 ? since.key : null;
  const inRelease = episode.status === 'ready' || episode.status === 'published';

  return (
    <div className="release-tab" data-testid="release-tab">
      {!inRelease && (
        <p className="release-note" data-testid="release-not-in-release">
          <Icon name="info" /> {t('release.notInRelease', { status: t(`status.${episode.status}`) })}
        </p>
      )}
      <ExportBar showTitle={showTitle} report={data.report} validating={data.validating} failed={data.failed} running={running}
        unchangedSince={unchangedSince}
        zip={zip} onZip={setZip} onValidate={() => void refresh()}
        onExport={(allowWarnings) => void exporter.start({ zip, allowWarnings })} />
      {state.status === 'running' && (
        <ExportProgress showId={showId} zip={state.zip} cancelling={state.cancelling} onCancel={() => void exporter.cancel()} />
      )}
      {state.status !== 'running' && state.status !== 'idle' && <ExportOutcome state={state} onDismiss={exporter.dismiss} />}

      <section className="release-section" aria-labelledby="release-checklist">
        <header className="release-section-head">
          <h3 id="release-checklist">{t('release.checklist')}</h3>
          <span className="muted small">{t('release.checklistHint')}</span>
        </header>
        {data.report && (
          <FindingList report={data.report} currentEpisodeId={episode.id} showTitle={showTitle} episodes={episodes} onGoTo={goTo} />
        )}
      </section>

      <section className="release-section" aria-labelledby="release-changes-title">
        <header className="release-section-head"><h3 id="release-changes-title">{t('release.changes.title')}</h3></header>
        <ChangesList changes={data.changes} episodes={episodes} />
      </section>

      <section className="release-section" aria-labelledby="release-history-title">
        <header className="release-section-head"><h3 id="release-history-title">{t('release.history.title')}</h3></header>
        <ReleaseHistory history={data.history} />
      </section>

      <section className="release-section" aria-labelledby="release-settings-title" data-testid="release-settings">
        <header className="release-section-head"><h3 id="release-settings-title">{t('release.settings.title')}</h3></header>
        {settings ? (
          <ReleaseSettingsForm key={showId} settings={settings} show={show}
            onSave={async (patch) => {
              await saveSettings(patch);
              // Timestamps and labels change what the checks find and what the next release changes.
              void refresh();
            }} />
        ) : <p className="muted">{t('common.loading')}</p>}
      </section>
    </div>
  );
}
