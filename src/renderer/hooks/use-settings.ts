// Settings from main (UI language, theme), applied to <html lang> and data-theme, and saved
// through settings.set. The UI shows at once; a failed save is reported, not reverted.
import { useCallback, useEffect, useState } from 'react';
import type { Settings, UiLanguage } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { systemLanguage } from '../i18n/i18n-context';

export type Theme = Settings['theme'];

function prefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function useSettings(onError: (e: unknown) => void) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [systemDark, setSystemDark] = useState(prefersDark);

  useEffect(() => {
    getApi().invoke('settings.get', {}).then(setSettings, (e: unknown) => {
      setSettings({ uiLanguage: null, theme: 'system' });
      onError(e);
    });
  }, [onError]);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const lang: UiLanguage = settings?.uiLanguage ?? systemLanguage();
  const theme: Theme = settings?.theme ?? 'system';
  const resolvedTheme = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

  useEffect(() => {
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    getApi().invoke('settings.set', patch).then(setSettings, onError);
  }, [onError]);

  const setLanguage = useCallback((uiLanguage: UiLanguage) => update({ uiLanguage }), [update]);
  const cycleTheme = useCallback(() => {
    const order: Theme[] = ['system', 'light', 'dark'];
    update({ theme: order[(order.indexOf(theme) + 1) % order.length] });
  }, [theme, update]);

  return { loaded: settings !== null, lang, theme, setLanguage, setTheme: (t: Theme) => update({ theme: t }), cycleTheme };
}
