// The selected show's episodes in the sidebar: actions, search, filters and the list (or the
// search results while a query is typed).
import { useMemo, useRef, useState } from 'react';
import { useApp } from '../../hooks/app-context';
import { useNotesProgress } from '../../hooks/use-notes-progress';
import { useSearch } from '../../hooks/use-search';
import { useToasts } from '../../hooks/use-toasts';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';
import { EpisodeList, type ListItem } from './EpisodeList';
import { FilterChips } from './FilterChips';
import { SearchBox } from './SearchBox';

export function EpisodeBrowser() {
  const { ws, newEpisode, pickImport } = useApp();
  const { t, plural, count } = useI18n();
  const toasts = useToasts();
  const [query, setQuery] = useState('');
  const { hits, pending } = useSearch(query, ws.showId, toasts.error);
  // One notes.progress call per show, again whenever the list reloads.
  const progress = useNotesProgress(ws.showId, ws.episodes, toasts.error);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const listItems = useMemo<ListItem[]>(() => ws.sorted.map((episode) => ({ episode })), [ws.sorted]);
  const hitItems = useMemo<ListItem[]>(() => hits?.map((h) => ({ episode: h.episode, snippet: h.snippet })) ?? [], [hits]);
  const searching = query.trim() !== '';
  const openId = ws.view.kind === 'episode' ? ws.view.id : null;
  const filtered = ws.filters.status !== null || ws.filters.spoken !== null;

  const focusSearch = () => searchRef.current?.focus();
  const clearSearch = () => {
    setQuery('');
    focusSearch();
  };

  return (
    <section className="sidebar-section episodes" aria-labelledby="episodes-heading">
      <header className="section-header">
        <h2 id="episodes-heading">
          {t('sidebar.episodes')} <span className="count tabular">{ws.episodes ? count(ws.episodes.length) : ''}</span>
        </h2>
        <button type="button" className="icon-button" onClick={pickImport} aria-label={t('import.button')} title={t('import.button')} data-testid="import-button">
          <Icon name="upload" />
        </button>
        <button type="button" className="icon-button" onClick={newEpisode} aria-label={t('sidebar.newEpisode')} title={t('sidebar.newEpisode')} data-testid="new-episode-button">
          <Icon name="plus" />
        </button>
      </header>
      <SearchBox value={query} onChange={setQuery} inputRef={searchRef} pending={pending} onEnterResults={() => listRef.current?.focus()} />
      {!searching && <FilterChips />}
      {searching ? (
        <>
          <p className="list-caption" aria-live="polite" data-testid="search-count">
            {hits && (hits.length === 0 ? t('search.none', { q: query.trim() }) : plural('search.results', hits.length))}
          </p>
          <EpisodeList
            items={hitItems}
            progress={progress}
            openId={openId}
            onOpen={(id) => ws.openEpisode(id)}
            label={t('search.label')}
            testId="search-results"
            listRef={listRef}
            onExitTop={focusSearch}
            onEscape={clearSearch}
          />
        </>
      ) : ws.episodes && ws.episodes.length === 0 ? (
        <p className="list-empty">{filtered ? t('list.emptyFiltered') : t('list.empty')}</p>
      ) : (
        <EpisodeList
          items={listItems}
          progress={progress}
          openId={openId}
          onOpen={(id) => ws.openEpisode(id)}
          label={t('sidebar.episodes')}
          testId="episode-list"
          listRef={listRef}
          onExitTop={focusSearch}
        />
      )}
    </section>
  );
}
