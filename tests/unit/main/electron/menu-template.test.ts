// The menu's shape per platform, language and mode, and that UI items send their command.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, isMenuCommand } from '../../../../src/shared/api/menu-commands.js';
import { MENU_LABELS } from '../../../../src/main/electron/menu-labels.js';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../../../src/main/electron/menu-template.js';

type Item = MenuItemConstructorOptions;

function build(over: Partial<MenuTemplateOptions> = {}) {
  const send = vi.fn();
  const showAbout = vi.fn();
  const template = buildMenuTemplate({
    labels: MENU_LABELS.en, platform: 'linux', isDev: false, darkTheme: false, send, showAbout, ...over,
  });
  return { template, send, showAbout };
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const click = (item: Item | undefined): void => {
  // The click handler's Electron arguments are unused by the template's handlers.
  (item?.click as (() => void) | undefined)?.();
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Help on Linux and Windows, in the chosen language', () => {
    expect(build().template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(build({ labels: MENU_LABELS.fr, platform: 'win32' }).template.map((i) => i.label))
      .toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('adds the app and Window menus on macOS', () => {
    expect(build({ platform: 'darwin' }).template.map((i) => i.label))
      .toEqual(['Balado Studio', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends every menu command from some item, and nothing else', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { template, send } = build({ platform });
      for (const item of flatten(template)) if (item.role === undefined) click(item);
      const sent = send.mock.calls.map(([c]) => c as unknown);
      expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
      expect(sent.every(isMenuCommand)).toBe(true);
    }
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has Quit, the standard edit roles and zoom roles', () => {
    const roles = flatten(build().template).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining([
      'quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut',
    ]));
  });

  it('shows the renderer-owned shortcuts without registering them', () => {
    const items = flatten(build().template);
    const inspector = items.find((i) => i.label === MENU_LABELS.en.toggleInspector);
    expect(inspector).toMatchObject({ accelerator: 'CmdOrCtrl+\\', registerAccelerator: false });
    const shortcuts = items.find((i) => i.label === MENU_LABELS.en.keyboardShortcuts);
    expect(shortcuts).toMatchObject({ accelerator: '?', registerAccelerator: false });
    const macShortcuts = flatten(build({ platform: 'darwin' }).template).find((i) => i.label === MENU_LABELS.en.keyboardShortcuts);
    expect(macShortcuts?.accelerator).toBeUndefined();
  });

  it('reflects the theme in the dark-theme checkbox and opens About', () => {
    const { template, showAbout } = build({ darkTheme: true });
    const items = flatten(template);
    expect(items.find((i) => i.label === MENU_LABELS.en.darkTheme)).toMatchObject({ type: 'checkbox', checked: true });
    click(items.find((i) => i.label === MENU_LABELS.en.about));
    expect(showAbout).toHaveBeenCalledOnce();
  });
});
