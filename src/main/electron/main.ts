// Entry of the Electron main process: composes the shell's small modules around the plain-Node
// services. Order matters: schemes, user-data folder and single-instance lock before `ready`.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { Settings } from '../../shared/domain/types.js';
import { resolveLibraryDir } from '../services/library/library-location.js';
import { isAppUrl } from './app-origin.js';
import { bootErrorMessage } from './boot-error.js';
import { bootShellServices } from './boot-services.js';
import { parseShellArgs } from './cli-args.js';
import { forwardEvents } from './event-forwarding.js';
import { registerIpcHandlers } from './ipc.js';
import { configureAboutPanel, installMenu } from './menu.js';
import { MENU_LABELS } from './menu-labels.js';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/menu-commands.js';
import { registerProtocols } from './protocols.js';
import { holdQuitUntil } from './quit-guard.js';
import { PRIVILEGED_SCHEMES } from './schemes.js';
import { installSecurityGuards } from './security.js';
import { isTrustedSender } from './sender-check.js';
import { claimSingleInstance } from './single-instance.js';
import { configureSpellChecker } from './spellcheck.js';
import type { ShellServices } from './shell-services.js';
import { shellPaths } from './shell-paths.js';
import { resolveUiLanguage } from './ui-language.js';
import { createMainWindow, focusWindow } from './window.js';
import { placeWindow } from './window-state.js';
import { createWindowStateWriter, readWindowState, WINDOW_STATE_FILE } from './window-state-store.js';

// Synchronous and first: with an ESM entry `ready` can fire as soon as this module yields.
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
const args = parseShellArgs(process.argv);
if (args.userDataDir !== undefined) app.setPath('userData', path.resolve(args.userDataDir));
const paths = shellPaths(import.meta.url);
const isDev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;

if (claimSingleInstance(() => focusWindow(mainWindow))) {
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('[boot] the shell failed to start:', error);
    app.exit(1);
  });
} else {
  app.quit();
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId('org.balado.studio');
  installSecurityGuards();
  configureAboutPanel();
  configureSpellChecker(session.defaultSession, process.platform);

  let libraryDir = args.libraryDir ?? '';
  let services: ShellServices;
  try {
    libraryDir = resolveLibraryDir({ cliDir: args.libraryDir, env: process.env });
    services = await bootShellServices(libraryDir, isDev ? paths.electronNative : undefined, {
      reveal: (file) => shell.showItemInFolder(file),
      chooseBackupFile: async (name) => {
        const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const options = { defaultPath: path.join(app.getPath('documents'), name), filters: [{ name: 'SQLite', extensions: ['sqlite'] }] };
        const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
    });
  } catch (error) {
    console.error('[boot] library could not be opened:', error);
    const { title, content } = bootErrorMessage(error, resolveUiLanguage(null, app.getLocale()), libraryDir);
    dialog.showErrorBox(title, content);
    app.exit(1); // nothing was opened, so there is nothing to shut down; a non-zero code tells scripts.
    return;
  }

  registerProtocols(paths.rendererDir, (assetId, range) => services.media(assetId, range));

  const sendMenuCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target !== null && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
  };
  let settings = services.settings();
  const uiLanguage = () => resolveUiLanguage(settings.uiLanguage, app.getLocale());
  const rebuildMenu = (): void => installMenu({
    language: uiLanguage(),
    darkTheme: nativeTheme.shouldUseDarkColors,
    isDev,
    send: sendMenuCommand,
  });
  const applySettings = (next: Settings): void => {
    settings = next;
    nativeTheme.themeSource = next.theme; // native dialogs and scrollbars follow the UI's theme
    rebuildMenu();
  };
  applySettings(settings);
  // The OS switched light/dark while the theme is 'system': the menu's checkbox follows.
  nativeTheme.on('updated', rebuildMenu);

  const ownWindows = (): BrowserWindow[] => BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed());
  const disposeIpc = registerIpcHandlers({
    ipcMain,
    dispatch: (name, rawArgs) => services.dispatch(name, rawArgs),
    isTrustedSender: (event) => isTrustedSender(event, ownWindows().map((w) => w.webContents.id)),
    onSettingsChanged: applySettings,
  });
  const stopEvents = forwardEvents(services.events, (channel, payload) => {
    for (const win of ownWindows()) {
      if (isAppUrl(win.webContents.getURL())) win.webContents.send(channel, payload);
    }
  });

  const stateWriter = createWindowStateWriter(path.join(app.getPath('userData'), WINDOW_STATE_FILE));
  const openMainWindow = (): void => {
    const primary = screen.getPrimaryDisplay();
    const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
    const saved = readWindowState(path.join(app.getPath('userData'), WINDOW_STATE_FILE));
    const win = createMainWindow({
      preloadPath: paths.preload,
      placement: placeWindow(saved, workAreas),
      dark: nativeTheme.shouldUseDarkColors,
      onStateChange: (state) => stateWriter.schedule(state),
      onClose: (state) => {
        stateWriter.schedule(state);
        stateWriter.flush();
      },
      labels: () => MENU_LABELS[uiLanguage()],
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };

  holdQuitUntil(app, async () => {
    stateWriter.flush();
    disposeIpc();
    stopEvents();
    await services.shutdown();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  openMainWindow();
}
