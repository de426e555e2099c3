// The desktop app's native menu (src/main/electron/menu-template.ts) sends commands; this runs
// each one with the same code as the buttons, shortcuts and palette. The browser host has no menu.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/api/menu-commands';
import { getApi, onMenuCommand } from '../api/client';
import { bilingual } from '../i18n/i18n-context';
import type { AppCommands } from './app-context';
import type { useToasts } from './use-toasts';

type Toasts = ReturnType<typeof useToasts>;

export function useMenuCommands(app: AppCommands, setTheme: (theme: 'light' | 'dark') => void, toasts: Toasts): void {
  const latest = useRef({ app, setTheme, toasts });
  latest.current = { app, setTheme, toasts };

  useEffect(() => onMenuCommand((command: MenuCommand) => {
    const { app, setTheme, toasts } = latest.current;
    const { ws } = app;
    switch (command) {
      case 'import-audio': return app.pickImport();
      case 'new-show': return app.openNewShow();
      case 'import-feed': return app.pickFeed();
      case 'open-release': {
        // The Release tab lives on an episode page: the open episode's, else the list's first.
        const episodeId = ws.view.kind === 'episode' ? ws.view.id : ws.sorted[0]?.id;
        if (episodeId === undefined) return toasts.info(bilingual('menu.releaseNeedsEpisode'));
        return ws.openEpisode(episodeId, 'release');
      }
      case 'backup-library':
        return void getApi().invoke('library.backup', {}).then(
          ({ path }) => path !== null && toasts.info(bilingual('menu.backedUp', { path })),
          toasts.error,
        );
      case 'toggle-theme': return setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
      case 'toggle-inspector': return ws.toggleInspector();
      case 'show-shortcuts': return app.openShortcuts();
    }
  }), []);
}
