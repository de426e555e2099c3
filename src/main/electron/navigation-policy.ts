// What a page may navigate to or open: the app origin stays in the window, a few external
// schemes go to the user's browser or mail client, everything else is refused.
import { isAppUrl, parseUrl } from './app-origin.js';

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** http, https and mailto only: file:, javascript:, custom handlers (ms-msdt:…) never leave the app. */
export function isOpenableExternally(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && EXTERNAL_PROTOCOLS.has(url.protocol);
}

/** `will-navigate`: a clicked web link opens in the browser, the window itself never leaves the app. */
export function decideNavigation(raw: string): NavigationDecision {
  if (isAppUrl(raw)) return 'allow';
  return isOpenableExternally(raw) ? 'open-external' : 'deny';
}

/** `will-redirect`: only redirects inside the app origin. */
export function decideRedirect(raw: string): NavigationDecision {
  return isAppUrl(raw) ? 'allow' : 'deny';
}

/** `setWindowOpenHandler`: no new Electron windows, ever. */
export function decideWindowOpen(raw: string): Exclude<NavigationDecision, 'allow'> {
  return isOpenableExternally(raw) ? 'open-external' : 'deny';
}
