// The main window: locked-down web preferences, shown once painted, and its bounds reported
// whenever they change so window-state-store can remember them.
import { BrowserWindow, Menu } from 'electron';
import { APP_ENTRY_URL } from './app-origin.js';
import { buildContextMenuTemplate } from './context-menu.js';
import type { MenuLabels } from './menu-labels.js';
import { MIN_SIZE, type WindowState } from './window-state.js';

export interface MainWindowOptions {
  preloadPath: string;
  placement: WindowState;
  dark: boolean;
  onStateChange(state: WindowState): void;
  /** Last state, as the window closes (flush it to disk now). */
  onClose(state: WindowState): void;
  /** The menus' words in the current UI language (it can change while the window is open). */
  labels(): MenuLabels;
}

export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...o.placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Balado Studio',
    show: false,
    // Painted before the UI loads: matches the theme so there is no white flash in dark mode.
    backgroundColor: o.dark ? '#1c1d21' : '#fafafa',
    webPreferences: {
      preload: o.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });

  const snapshot = (): WindowState => ({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  const report = (): void => {
    if (!win.isDestroyed() && !win.isFullScreen()) o.onStateChange(snapshot());
  };
  win.on('resize', report);
  win.on('move', report);
  win.on('maximize', report);
  win.on('unmaximize', report);
  win.on('close', () => o.onClose(snapshot()));

  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, o.labels(), {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });

  win.once('ready-to-show', () => {
    if (o.placement.maximized) win.maximize();
    win.show();
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[window] could not load the UI:', error));
  return win;
}

/** Brings a window back to the front (second launch, dock click). */
export function focusWindow(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
