// The one way the UI reaches main: Electron's preload when present, else the browser host over
// HTTP. Also owns the two things that differ between them: getting a file's path and media URLs.
import type { BaladoApi } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/menu-commands';
import { mediaPath } from '../../shared/api/web-protocol';
import { wrapElectronApi } from './electron-client';
import { createHttpApi, uploadFile } from './http-client';
import { readToken } from './token';

declare global {
  interface Window {
    balado?: BaladoApi;
  }
}

let api: BaladoApi | null = null;

const isElectron = (): boolean => typeof window !== 'undefined' && window.balado !== undefined;

export function getApi(): BaladoApi {
  api ??= window.balado ? wrapElectronApi(window.balado) : createHttpApi(readToken());
  return api;
}

/** A path main can read: Electron knows the file's real path; the browser host gets an upload. */
export async function pathForImport(file: File, onUpload: (done: number, total: number) => void): Promise<string> {
  const electron = getApi().pathForFile;
  if (electron) return electron(file);
  return uploadFile(readToken(), file, onUpload);
}

export function mediaUrl(assetId: number): string {
  if (isElectron()) return `balado-media://asset/${assetId}`;
  return `${mediaPath(assetId)}?token=${encodeURIComponent(readToken())}`;
}

/** The native menu's commands (the desktop app only: the browser has no menu of ours). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const bridge = window.balado as (BaladoApi & { onMenuCommand?: (l: (c: MenuCommand) => void) => () => void }) | undefined;
  return bridge?.onMenuCommand?.(listener) ?? (() => undefined);
}
