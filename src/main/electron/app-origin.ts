// The renderer's own origin. It is served from app://balado/ (a privileged custom scheme, not
// file://) so it has one real origin to check IPC senders and navigations against.

export const APP_SCHEME = 'app';
export const APP_HOST = 'balado';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Audio of library assets: balado-media://asset/<id> (see media-url.ts). */
export const MEDIA_SCHEME = 'balado-media';

/** True only for URLs on the app's origin (scheme and host both match; no userinfo, no port). */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
    && url.username === '' && url.password === '';
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
