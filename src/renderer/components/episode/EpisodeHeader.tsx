// The episode's header: number, title in the UI language (the other smaller), spoken language,
// duration, and the workflow status as a dropdown that saves at once.
import { EPISODE_STATUSES, type Episode, type EpisodeStatus } from '../../../shared/domain/types';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { formatDuration } from '../../i18n/format';
import { Icon } from '../frame/Icon';
import { SpokenBadge } from '../frame/StatusBadge';

export function EpisodeHeader({ episode, onStatus }: { episode: Episode; onStatus: (s: EpisodeStatus) => void }) {
  const { ws } = useApp();
  const { t, lang, other } = useI18n();
  const main = episode.title[lang] || episode.title[other];
  const second = episode.title[lang] ? episode.title[other] : '';
  const number = episode.number === null ? t('episode.noNumber') : t('episode.number', { n: episode.number });
  return (
    <header className="episode-header">
      <div className="episode-heading">
        <span className="episode-number tabular" data-testid="episode-number">
          {episode.season !== null ? `S${episode.season} · ` : ''}{number}
        </span>
        <h1 id="episode-title" className={`episode-title${main ? '' : ' untitled'}`} data-testid="episode-title">{main || t('list.untitled')}</h1>
        {second && <p className="episode-title-other" lang={other} data-testid="episode-title-other">{second}</p>}
      </div>
      <div className="episode-facts">
        <SpokenBadge spoken={episode.spoken} />
        <span className="tabular" title={t('episode.duration')}>
          {episode.durationMs !== null ? formatDuration(episode.durationMs) : t('episode.noAudio')}
        </span>
        <label className={`status-select status-${episode.status}`}>
          <span className="status-dot" aria-hidden="true" />
          <span className="visually-hidden">{t('episode.status')}</span>
          <select value={episode.status} onChange={(e) => onStatus(e.target.value as EpisodeStatus)} data-testid="episode-status">
            {EPISODE_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        <button
          type="button"
          className={`icon-button${ws.inspectorOpen ? ' active' : ''}`}
          onClick={ws.toggleInspector}
          aria-label={t('inspector.toggle')}
          aria-pressed={ws.inspectorOpen}
          title={t('inspector.toggle')}
          data-testid="inspector-toggle"
        >
          <Icon name="panel" />
        </button>
      </div>
    </header>
  );
}
