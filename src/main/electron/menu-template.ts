// Builds the native menu as plain data, so its shape is tested without Electron running.
// Items that act on the UI only send a MenuCommand; the renderer owns what they do.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/menu-commands.js';
import type { MenuLabels } from './menu-labels.js';

export interface MenuTemplateOptions {
  labels: MenuLabels;
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only when running unpackaged. */
  isDev: boolean;
  darkTheme: boolean;
  send(command: MenuCommand): void;
  showAbout(): void;
}

type Item = MenuItemConstructorOptions;

export function buildMenuTemplate(o: MenuTemplateOptions): Item[] {
  const { labels: l, platform } = o;
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, extra: Partial<Item> = {}): Item => ({
    label, click: () => o.send(cmd), ...extra,
  });
  // The renderer binds `?` and Ctrl+\ itself (it must, in the browser host too); the menu shows
  // them without registering them, so typing "?" in a text field does not open the sheet.
  // macOS ignores registerAccelerator, so the bare `?` is not shown there at all.
  const rendererOwned = (accelerator: string): Partial<Item> => ({ accelerator, registerAccelerator: false });

  const appMenu: Item = {
    label: 'Balado Studio',
    submenu: [
      { label: l.about, click: () => o.showAbout() },
      { type: 'separator' },
      { label: l.services, role: 'services' },
      { type: 'separator' },
      { label: l.hide, role: 'hide' },
      { label: l.hideOthers, role: 'hideOthers' },
      { label: l.showAll, role: 'unhide' },
      { type: 'separator' },
      { label: l.quit, role: 'quit' },
    ],
  };

  const file: Item = {
    label: l.file,
    submenu: [
      command(l.importAudio, 'import-audio', { accelerator: 'CmdOrCtrl+O' }),
      command(l.newShow, 'new-show', { accelerator: 'CmdOrCtrl+Shift+N' }),
      command(l.importFeed, 'import-feed'),
      { type: 'separator' },
      command(l.openRelease, 'open-release'),
      { type: 'separator' },
      command(l.backupLibrary, 'backup-library'),
      ...(mac ? [] : [{ type: 'separator' } as Item, { label: l.quit, role: 'quit' } as Item]),
    ],
  };

  const edit: Item = {
    label: l.edit,
    submenu: [
      { label: l.undo, role: 'undo' },
      { label: l.redo, role: 'redo' },
      { type: 'separator' },
      { label: l.cut, role: 'cut' },
      { label: l.copy, role: 'copy' },
      { label: l.paste, role: 'paste' },
      { label: l.pasteAndMatchStyle, role: 'pasteAndMatchStyle' },
      { label: l.delete, role: 'delete' },
      { type: 'separator' },
      { label: l.selectAll, role: 'selectAll' },
    ],
  };

  const view: Item = {
    label: l.view,
    submenu: [
      ...(o.isDev
        ? [{ label: l.reload, role: 'reload' } as Item, { label: l.toggleDevTools, role: 'toggleDevTools' } as Item,
          { type: 'separator' } as Item]
        : []),
      command(l.darkTheme, 'toggle-theme', { type: 'checkbox', checked: o.darkTheme }),
      command(l.toggleInspector, 'toggle-inspector', rendererOwned('CmdOrCtrl+\\')),
      { type: 'separator' },
      { label: l.resetZoom, role: 'resetZoom' },
      { label: l.zoomIn, role: 'zoomIn' },
      { label: l.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: l.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const windowMenu: Item = {
    label: l.window,
    submenu: [
      { label: l.minimize, role: 'minimize' },
      { label: l.zoom, role: 'zoom' },
      { type: 'separator' },
      { label: l.bringAllToFront, role: 'front' },
      { label: l.close, role: 'close' },
    ],
  };

  const help: Item = {
    label: l.help,
    // macOS files the Help menu's search field under it; the role means nothing elsewhere.
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      command(l.keyboardShortcuts, 'show-shortcuts', mac ? {} : rendererOwned('?')),
      ...(mac ? [] : [{ type: 'separator' } as Item, { label: l.about, click: () => o.showAbout() } as Item]),
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
