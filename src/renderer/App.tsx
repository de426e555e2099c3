// The root: settings (language, theme), toasts and background jobs, then the workbench frame.
import { useMemo } from 'react';
import { Workbench } from './components/Workbench';
import { ToastStack } from './components/frame/ToastStack';
import { JobContext, useJobState } from './hooks/use-jobs';
import { useSettings } from './hooks/use-settings';
import { ToastContext, useToastState } from './hooks/use-toasts';
import { I18nContext, makeI18n } from './i18n/i18n-context';

export function App() {
  const toasts = useToastState();
  const settings = useSettings(toasts.error);
  const i18n = useMemo(() => makeI18n(settings.lang), [settings.lang]);
  const jobs = useJobState();
  return (
    <I18nContext.Provider value={i18n}>
      <ToastContext.Provider value={toasts}>
        <JobContext.Provider value={jobs}>
          {settings.loaded ? <Workbench settings={settings} /> : <div className="boot" aria-busy="true" />}
          <ToastStack />
        </JobContext.Provider>
      </ToastContext.Provider>
    </I18nContext.Provider>
  );
}
