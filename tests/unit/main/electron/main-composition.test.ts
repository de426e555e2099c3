// main.ts end to end with a fake `electron` module and the real services on a temp library:
// the window's lock-down, IPC, protocols, menus, guards, quit and the boot-error path.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CALL_NAMES, channelOf } from '../../../../src/shared/api/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/csp.js';
import { createFakeElectron, type FakeWebContents } from './fake-electron.js';

let tmp: string;
let libraryDir: string;
let userData: string;
const argv = process.argv;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-shell-'));
  libraryDir = path.join(tmp, 'library');
  userData = path.join(tmp, 'user-data');
  process.argv = ['/fake/electron', '.', '--library', libraryDir, '--user-data-dir', userData];
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  process.argv = argv;
  vi.doUnmock('electron');
  vi.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function boot(locale = 'fr-CA') {
  const fake = createFakeElectron({ locale, userData: path.join(tmp, 'default-user-data') });
  vi.doMock('electron', () => ({ ...fake.module, default: fake.module }));
  await import('../../../../src/main/electron/main.js');
  await vi.waitFor(() => expect(fake.windows.length + fake.module.dialog.showErrorBox.mock.calls.length).toBeGreaterThan(0));
  return fake;
}

const topLabels = (template: unknown) => (template as { label: string }[]).map((i) => i.label);

describe('main.ts composition', () => {
  it('opens one locked-down window on the app origin, with the user-data folder from argv', async () => {
    const fake = await boot();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', path.resolve(userData));
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://balado/index.html');
    // Linux and Windows check French and English together; macOS's checker picks by itself.
    if (process.platform !== 'darwin') {
      expect(fake.module.session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['fr-FR', 'en-US']);
    }
    fake.app.emit('will-quit', { preventDefault: () => undefined });
  });

  it('answers every contract call over IPC, only to the window, from the real library', async () => {
    const fake = await boot();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    const contents = fake.windows[0]!.webContents;
    const trusted = { sender: contents, senderFrame: { url: 'app://balado/index.html', parent: null } };
    const info = await fake.ipcHandlers.get(channelOf('library.info'))!(trusted as never, {} as never);
    expect(info).toMatchObject({ ok: true, value: { path: path.resolve(libraryDir) } });

    const stranger = { sender: { id: 9999 }, senderFrame: { url: 'app://balado/index.html', parent: null } };
    expect(await fake.ipcHandlers.get(channelOf('shows.list'))!(stranger as never, {} as never))
      .toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await fake.ipcHandlers.get(channelOf('shows.get'))!(trusted as never, { id: 'x' } as never))
      .toMatchObject({ ok: false, error: { code: 'validation' } });
    fake.app.emit('will-quit', { preventDefault: () => undefined });
  });

  it('speaks the locale, then follows settings.set; the theme reaches nativeTheme', async () => {
    const fake = await boot('fr-CA');
    expect(topLabels(fake.menus.at(-1))).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const contents = fake.windows[0]!.webContents;
    const trusted = { sender: contents, senderFrame: { url: 'app://balado/index.html', parent: null } };
    const answer = await fake.ipcHandlers.get(channelOf('settings.set'))!(trusted as never, { uiLanguage: 'en', theme: 'dark' } as never);
    expect(answer).toMatchObject({ ok: true });
    expect(topLabels(fake.menus.at(-1))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(fake.nativeTheme.themeSource).toBe('dark');
    fake.app.emit('will-quit', { preventDefault: () => undefined });
  });

  it('serves the renderer with the CSP and refuses unknown media', async () => {
    const fake = await boot();
    const app = fake.protocolHandlers.get('app')!;
    const page = await app(new Request('app://balado/index.html'));
    // out/renderer exists once `npm run build:renderer` ran; either way the answer carries no leak.
    if (page.status === 200) expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    else expect(page.status).toBe(404);
    const media = await fake.protocolHandlers.get('balado-media')!(new Request('balado-media://asset/424242'));
    expect(media.status).toBe(404);
    fake.app.emit('will-quit', { preventDefault: () => undefined });
  });

  it('guards every webContents: navigation, redirects, new windows, webviews, permissions', async () => {
    const fake = await boot();
    const contents: FakeWebContents = fake.windows[0]!.webContents;
    const navigate = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit(name, event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'app://balado/index.html#/x')).toBe(false);
    expect(navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://example.org/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://balado/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'app://balado/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).toHaveBeenCalledTimes(1);
    const granted = vi.fn();
    fake.permissionHandlers.request?.({} as never, 'media' as never, granted as never);
    expect(granted).toHaveBeenCalledWith(false);
    fake.app.emit('will-quit', { preventDefault: () => undefined });
  });

  it('holds quit until the library is closed, and saves the window state', async () => {
    const fake = await boot();
    fake.windows[0]!.emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8')))
      .toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('shows a too-new library in the user language and exits without a window', async () => {
    fs.mkdirSync(libraryDir, { recursive: true });
    const db = new Database(path.join(libraryDir, 'library.sqlite'));
    db.pragma('user_version = 99990');
    db.close();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = await boot('fr-FR');
    expect(fake.windows).toHaveLength(0);
    const [title, content] = fake.module.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Balado Studio ne peut pas démarrer');
    expect(content).toContain('version plus récente');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });
});
