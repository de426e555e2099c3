// Installs the native menu in the UI language; called again whenever the language or the
// theme changes (the menu cannot be edited in place across platforms, so it is rebuilt).
import { app, Menu } from 'electron';
import type { UiLanguage } from '../../shared/domain/types.js';
import type { MenuCommand } from '../../shared/api/menu-commands.js';
import { MENU_LABELS } from './menu-labels.js';
import { buildMenuTemplate } from './menu-template.js';

export interface MenuState {
  language: UiLanguage;
  darkTheme: boolean;
  isDev: boolean;
  send(command: MenuCommand): void;
}

export function installMenu(state: MenuState): void {
  const template = buildMenuTemplate({
    labels: MENU_LABELS[state.language],
    platform: process.platform,
    isDev: state.isDev,
    darkTheme: state.darkTheme,
    send: state.send,
    showAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Linux shows nothing in the About panel unless told; the same facts serve every platform. */
export function configureAboutPanel(): void {
  app.setAboutPanelOptions({
    applicationName: 'Balado Studio',
    applicationVersion: app.getVersion(),
    copyright: 'MIT License',
  });
}
