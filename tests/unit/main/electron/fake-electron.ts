// A stand-in for the `electron` module, just large enough for main.ts and its modules, so the
// shell's composition runs under vitest where no Electron binary exists. Records what it was told.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly send = vi.fn();
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron(options: { locale?: string; userData: string }) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: new Map<string, string>([['userData', options.userData]]),
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => true),
    setPath: vi.fn((name: string, value: string) => void app.paths.set(name, value)),
    getPath: (name: string) => app.paths.get(name) ?? '/nonexistent',
    getLocale: () => options.locale ?? 'en-US',
    getVersion: () => '0.0.0-test',
    quit: vi.fn(),
    exit: vi.fn(),
    setAppUserModelId: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (url: string) => {
      this.webContents.url = url;
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly maximize = vi.fn();
    readonly restore = vi.fn();
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => null;
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 1, y: 2, width: 1000, height: 700 });
  }

  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const ipcHandlers = new Map<string, Handler>();
  const menus: unknown[] = [];
  const nativeTheme = Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: false });
  const permissionHandlers: { request?: Handler; check?: Handler } = {};
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => void ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => void menus.push(menu.template),
    },
    nativeTheme,
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    dialog: { showErrorBox: vi.fn() },
    session: {
      defaultSession: {
        availableSpellCheckerLanguages: ['de', 'en-AU', 'en-GB', 'en-US', 'fr', 'fr-FR'],
        setSpellCheckerLanguages: vi.fn(),
        setPermissionRequestHandler: (h: Handler) => void (permissionHandlers.request = h),
        setPermissionCheckHandler: (h: Handler) => void (permissionHandlers.check = h),
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };

  return { module, app, windows, protocolHandlers, ipcHandlers, menus, nativeTheme, permissionHandlers };
}
