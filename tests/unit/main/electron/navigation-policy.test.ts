// The URL rules behind will-navigate, will-redirect and setWindowOpenHandler.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../../src/main/electron/app-origin.js';
import {
  decideNavigation, decideRedirect, decideWindowOpen, isOpenableExternally,
} from '../../../../src/main/electron/navigation-policy.js';

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://balado/assets/index.js?x=1#y')).toBe(true);
    for (const url of [
      'app://evil/index.html', 'app://balado.evil/index.html', 'app://user:pw@balado/', 'app://balado:8080/',
      'https://balado/', 'file:///index.html', 'balado-media://asset/1', 'not a url', '',
    ]) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('navigation decisions', () => {
  it('keeps app URLs in the window and sends web links outside', () => {
    expect(decideNavigation('app://balado/index.html#/episodes/3')).toBe('allow');
    expect(decideNavigation('https://podcastindex.org/')).toBe('open-external');
    expect(decideNavigation('http://example.org/')).toBe('open-external');
    expect(decideNavigation('mailto:host@example.org')).toBe('open-external');
  });

  it('refuses every other scheme', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'ms-msdt:/id', 'smb://host/share', 'chrome://gpu', 'garbage']) {
      expect(decideNavigation(url), url).toBe('deny');
      expect(decideWindowOpen(url), url).toBe('deny');
      expect(isOpenableExternally(url), url).toBe(false);
    }
  });

  it('never opens a new window, even for the app itself', () => {
    expect(decideWindowOpen('app://balado/index.html')).toBe('deny');
    expect(decideWindowOpen('https://example.org/')).toBe('open-external');
  });

  it('follows redirects only inside the app', () => {
    expect(decideRedirect('app://balado/index.html')).toBe('allow');
    expect(decideRedirect('https://example.org/')).toBe('deny');
  });
});
