// Boots the plain-Node services for the desktop app and adapts them to ShellServices.
// Electron hands the UI real file paths (webUtils), so importing by path is allowed here.
import { bootServices, type BootOptions } from '../host/app-services.js';
import { assetMediaResponse } from '../host/media-response.js';
import { existsSync } from 'node:fs';
import { useNativeBinding } from '../services/library/open-database.js';
import type { ShellServices } from './shell-services.js';

/**
 * `electronNative`: better-sqlite3 built for Electron's ABI by build/native-for-electron.mjs
 * (out/native/), used when running from a checkout so node_modules keeps Node's build for the
 * tests and the CLI. Packaged apps have node_modules rebuilt by electron-builder instead.
 */
export async function bootShellServices(
  libraryDir: string, electronNative: string | undefined, desktop: Pick<BootOptions, 'reveal' | 'chooseBackupFile'>,
): Promise<ShellServices> {
  if (electronNative !== undefined && existsSync(electronNative)) useNativeBinding(electronNative);
  const services = await bootServices({ libraryDir, canImportByPath: true, ...desktop });
  return {
    dispatch: (name, rawArgs) => services.dispatch(name, rawArgs),
    events: services.events,
    settings: () => services.library.settings.get(),
    media: (assetId, rangeHeader) => assetMediaResponse(services.library, assetId, rangeHeader),
    shutdown: () => services.shutdown(),
  };
}
