// The address of a library asset's audio in Electron: balado-media://asset/<id>. The renderer
// builds the same string (src/renderer/api/client.ts; the browser host uses /media/<id>).
import { MEDIA_SCHEME, parseUrl } from './app-origin.js';

/** The asset id a media URL names, or null for anything else (other hosts, paths, queries). */
export function parseMediaUrl(raw: string): number | null {
  const url = parseUrl(raw);
  if (url === null || url.protocol !== `${MEDIA_SCHEME}:` || url.host !== 'asset') return null;
  const match = /^\/([1-9][0-9]{0,15})\/?$/.exec(url.pathname);
  if (match === null || match[1] === undefined) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : null;
}
