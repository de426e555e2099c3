// The main area when a show is selected but no episode is open: what to do next, with one button.
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from './Icon';

export function HomeView() {
  const { ws, pickImport } = useApp();
  const { t, plural, pick, other } = useI18n();
  if (!ws.show) return null;
  return (
    <div className="empty-state home" data-testid="home-view">
      <p className="eyebrow">{plural('show.episodesTitle', ws.show.episodeCount)}</p>
      <h1>{pick(ws.show.title) || ws.show.title[other] || ws.show.slug}</h1>
      <p>{t('show.pickEpisode')}</p>
      <button type="button" className="button primary" onClick={pickImport}>
        <Icon name="upload" /> {t('import.button')}
      </button>
    </div>
  );
}
