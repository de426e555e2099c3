// The library's shows: pick one to browse its episodes; the gear opens its settings; new show and
// "Import feed…" make one.
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

export function ShowList() {
  const { ws, openNewShow, pickFeed } = useApp();
  const { t, pick, other, count } = useI18n();
  return (
    <section className="sidebar-section shows" aria-labelledby="shows-heading">
      <header className="section-header">
        <h2 id="shows-heading">{t('sidebar.shows')}</h2>
        <button type="button" className="icon-button" onClick={pickFeed} aria-label={t('release.feed.action')} title={t('release.feed.action')} data-testid="import-feed-button">
          <Icon name="rss" />
        </button>
        <button type="button" className="icon-button" onClick={openNewShow} aria-label={t('sidebar.newShow')} title={t('sidebar.newShow')} data-testid="new-show-button">
          <Icon name="plus" />
        </button>
      </header>
      <ul className="show-list" data-testid="show-list">
        {ws.shows?.map((show) => {
          const selected = show.id === ws.showId;
          const title = pick(show.title) || show.title[other] || show.slug;
          return (
            <li key={show.id} className={`show-item${selected ? ' selected' : ''}`}>
              <button
                type="button"
                className="show-button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => ws.selectShow(show.id)}
                data-testid={`show-${show.slug}`}
              >
                <span className="show-title">{title}</span>
                <span className="show-count tabular">{count(show.episodeCount)}</span>
              </button>
              {selected && (
                <button
                  type="button"
                  className={`icon-button${ws.view.kind === 'show' ? ' active' : ''}`}
                  onClick={() => ws.setView({ kind: 'show' })}
                  aria-label={t('sidebar.showSettings')}
                  title={t('sidebar.showSettings')}
                  data-testid="show-settings-button"
                >
                  <Icon name="gear" />
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
