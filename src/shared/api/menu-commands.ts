// Commands the native menu sends to the renderer on one channel, outside the API contract.
// The renderer listens through window.balado.onMenuCommand (Electron only).

export const MENU_CHANNEL = 'balado:menu';

export const MENU_COMMANDS = [
  'import-audio',
  'new-show',
  'import-feed',
  'open-release',
  'backup-library',
  'toggle-theme',
  'toggle-inspector',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
