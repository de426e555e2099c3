// The frame: sidebar | main area | inspector, the status bar, the drop overlay and the dialogs.
// Owns the commands every part can run (AppContext) and the global shortcuts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Episode, FeedImportResult, FindingWhere, LibraryInfo } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { AppContext, type AppCommands } from '../hooks/app-context';
import { useAudioJobs } from '../hooks/use-audio-jobs';
import { useEpisode } from '../hooks/use-episode';
import { useFeedImport } from '../hooks/use-feed-import';
import type { useSettings } from '../hooks/use-settings';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useToasts } from '../hooks/use-toasts';
import { useMenuCommands } from '../hooks/use-menu-commands';
import { useWorkspace } from '../hooks/use-workspace';
import { bilingual, useI18n } from '../i18n/i18n-context';
import { focusWhenReady } from '../lib/release-focus';
import { goToTarget } from '../lib/release-goto';
import { sortEpisodes } from '../lib/sort-episodes';
import { EpisodePage } from './episode/EpisodePage';
import { AUDIO_ACCEPT } from './frame/FileButton';
import { FirstRun } from './frame/FirstRun';
import { HomeView } from './frame/HomeView';
import { Inspector } from './frame/Inspector';
import { StatusBar } from './frame/StatusBar';
import { CommandPalette } from './overlays/CommandPalette';
import { DropOverlay } from './overlays/DropOverlay';
import { ShortcutSheet } from './overlays/ShortcutSheet';
import { FeedImport } from './release/FeedImport';
import { NewShowDialog } from './show/NewShowDialog';
import { ShowSettings } from './show/ShowSettings';
import { EpisodeBrowser } from './sidebar/EpisodeBrowser';
import { SEARCH_INPUT_ID } from './sidebar/SearchBox';
import { ShowList } from './sidebar/ShowList';

type Overlay = 'palette' | 'shortcuts' | 'new-show' | null;

export function Workbench({ settings }: { settings: ReturnType<typeof useSettings> }) {
  const { t, lang, other } = useI18n();
  const toasts = useToasts();
  const ws = useWorkspace(lang, toasts.error);
  const [library, setLibrary] = useState<LibraryInfo | null>(null);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [revision, setRevision] = useState(0);
  const importInput = useRef<HTMLInputElement>(null);
  const openId = ws.view.kind === 'episode' ? ws.view.id : null;
  const { episode: openEpisodeData, replace: replaceOpen } = useEpisode(openId, revision, toasts.error);
  const { reloadEpisodes, reloadShows, patchSummary, openEpisode, selectShow, clearFilters, setView } = ws;
  const stopFocus = useRef<() => void>(() => undefined);

  useEffect(() => {
    getApi().invoke('library.info', {}).then(setLibrary, toasts.error);
  }, [toasts.error]);

  const episodeChanged = useCallback((e: Episode) => {
    replaceOpen(e);
    patchSummary(e);
  }, [replaceOpen, patchSummary]);

  const onAudioDone = useCallback((episode: Episode, isNew: boolean) => {
    if (isNew) clearFilters();
    void reloadEpisodes();
    void reloadShows();
    if (isNew) openEpisode(episode.id, 'audio');
    else replaceOpen(episode);
  }, [reloadEpisodes, reloadShows, openEpisode, replaceOpen, clearFilters]);
  const { importFile, relink } = useAudioJobs(onAudioDone);

  const pickImport = useCallback(() => {
    if (ws.showId === null) toasts.info(bilingual('import.needShow'));
    else importInput.current?.click();
  }, [ws.showId, toasts]);

  const newEpisode = useCallback(async () => {
    if (ws.showId === null) return;
    try {
      // Propose the next number of the unseasoned run; the producer can change it in Details.
      const all = await getApi().invoke('episodes.list', { showId: ws.showId });
      const last = Math.max(0, ...all.filter((e) => e.season === null).map((e) => e.number ?? 0));
      const episode = await getApi().invoke('episodes.create', { showId: ws.showId, number: last + 1 });
      clearFilters();
      await Promise.all([reloadEpisodes(), reloadShows()]);
      openEpisode(episode.id, 'details');
      toasts.info(bilingual('newEpisode.created'));
    } catch (e) {
      toasts.error(e);
    }
  }, [ws.showId, reloadEpisodes, reloadShows, openEpisode, clearFilters, toasts]);

  const openSample = useCallback(async () => {
    try {
      const show = await getApi().invoke('shows.createSample', {});
      const episodes = await getApi().invoke('episodes.list', { showId: show.id });
      await reloadShows();
      selectShow(show.id);
      const first = sortEpisodes(episodes, ws.sort, lang)[0];
      if (first) openEpisode(first.id, 'audio');
    } catch (e) {
      toasts.error(e);
    }
  }, [reloadShows, selectShow, openEpisode, ws.sort, lang, toasts]);

  const onFeedImported = useCallback(async (result: FeedImportResult) => {
    await reloadShows();
    selectShow(result.show.id);
  }, [reloadShows, selectShow]);
  const feed = useFeedImport(onFeedImported);

  const goTo = useCallback((where: FindingWhere) => {
    const target = goToTarget(where);
    if (target.view === 'show') setView({ kind: 'show' });
    else openEpisode(target.episodeId, target.tab);
    stopFocus.current();
    stopFocus.current = focusWhenReady(target.focus);
  }, [setView, openEpisode]);

  const commands = useMemo<AppCommands>(() => ({
    ws, library, theme: settings.theme, episodeRevision: revision, episodeChanged,
    setLanguage: settings.setLanguage, cycleTheme: settings.cycleTheme,
    importFile: (file, target) => void importFile(file, target),
    relink: (file, id) => void relink(file, id),
    pickImport,
    openNewShow: () => setOverlay('new-show'),
    newEpisode: () => void newEpisode(),
    openSample,
    openPalette: () => setOverlay('palette'),
    openShortcuts: () => setOverlay('shortcuts'),
    goTo,
    pickFeed: feed.pick,
  }), [ws, library, settings, revision, episodeChanged, importFile, relink, pickImport, newEpisode, openSample, goTo, feed.pick]);

  useMenuCommands(commands, settings.setTheme, toasts);

  useShortcuts({
    palette: () => setOverlay((o) => (o === 'palette' ? null : 'palette')),
    search: () => {
      const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    },
    inspector: ws.toggleInspector,
    step: ws.step,
    sheet: () => setOverlay('shortcuts'),
  });

  // Reload the open episode when the window comes back (the file may have moved meanwhile).
  useEffect(() => {
    const onFocus = () => setRevision((r) => r + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  // The window title names what is open, so the taskbar and window switcher tell them apart.
  const openTitle = openEpisodeData ? openEpisodeData.title[lang] || openEpisodeData.title[other] : '';
  useEffect(() => {
    document.title = openTitle ? `${openTitle} — Balado Studio` : 'Balado Studio';
  }, [openTitle]);

  const firstRun = ws.shows !== null && ws.shows.length === 0;
  const intoEpisode = ws.view.kind === 'episode' && ws.tab === 'audio' && openEpisodeData
    ? { id: openEpisodeData.id, title: openEpisodeData.title[lang] || openEpisodeData.title[other] || t('list.untitled') }
    : null;

  const main = () => {
    if (ws.shows === null) return <div className="main-loading" aria-busy="true">{t('common.loading')}</div>;
    if (firstRun) return <FirstRun />;
    if (ws.view.kind === 'episode') {
      return openEpisodeData ? <EpisodePage episode={openEpisodeData} /> : <div className="main-loading" aria-busy="true">{t('common.loading')}</div>;
    }
    if (ws.view.kind === 'show' && ws.show) return <ShowSettings key={ws.show.id} show={ws.show} />;
    return <HomeView />;
  };

  return (
    <AppContext.Provider value={commands}>
      <div className={`app${firstRun ? ' first' : ''}${ws.inspectorOpen && !firstRun ? ' with-inspector' : ''}`}>
        {!firstRun && (
          <nav className="sidebar" aria-label={t('sidebar.shows')}>
            <ShowList />
            {ws.show && <EpisodeBrowser key={ws.show.id} />}
          </nav>
        )}
        <main className="main">{main()}</main>
        {ws.inspectorOpen && !firstRun && <Inspector episode={ws.view.kind === 'episode' ? openEpisodeData : null} />}
        <StatusBar />
      </div>
      <input
        ref={importInput}
        type="file"
        accept={AUDIO_ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file && ws.showId !== null) void importFile(file, { showId: ws.showId, episodeId: null });
        }}
      />
      <FeedImport feed={feed} />
      <DropOverlay intoEpisode={intoEpisode} />
      {overlay === 'palette' && <CommandPalette onClose={() => setOverlay(null)} />}
      {overlay === 'shortcuts' && <ShortcutSheet onClose={() => setOverlay(null)} />}
      {overlay === 'new-show' && (
        <NewShowDialog
          onClose={() => setOverlay(null)}
          onCreated={(show) => {
            setOverlay(null);
            void reloadShows().then(() => selectShow(show.id));
          }}
        />
      )}
    </AppContext.Provider>
  );
}
