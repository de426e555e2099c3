// Guards every webContents the app will ever have (web-contents-created runs for each): no
// navigation off the app origin, no new windows, no webviews, no permissions beyond copying.
import { app, session, shell, type WebContents } from 'electron';
import { decideNavigation, decideRedirect, decideWindowOpen } from './navigation-policy.js';

/** navigator.clipboard.writeText (copy a timecode, a feed URL); everything else is denied. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.warn('[security] could not open', url, error));
}

function guard(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    // A clicked web link is the user's wish to read it: their browser, not this window.
    if (decision === 'open-external') openExternal(event.url);
    else console.warn('[security] navigation blocked:', event.url);
  });
  contents.on('will-redirect', (event) => {
    if (decideRedirect(event.url) === 'allow') return;
    event.preventDefault();
    console.warn('[security] redirect blocked:', event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') openExternal(url);
    else console.warn('[security] window.open refused:', url);
    return { action: 'deny' };
  });
}

/** Call once, after `ready` and before the first window. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}
