// The bottom bar: library path, background jobs with progress, theme and the FR | EN switch.
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { useApp } from '../../hooks/app-context';
import { useJobs } from '../../hooks/use-jobs';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from './Icon';
import { JobProgress } from './JobProgress';

export function StatusBar() {
  const { library, theme, cycleTheme, setLanguage, openShortcuts } = useApp();
  const { jobs } = useJobs();
  const { t, lang } = useI18n();
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="library-path" title={library?.path}>
        <span className="muted">{t('bar.library')}</span> <span data-testid="library-path">{library?.path ?? '…'}</span>
      </span>
      <span className="jobs" aria-live="polite" data-testid="jobs">
        {jobs.length === 0 ? <span className="muted">{t('bar.noJobs')}</span> : jobs.map((job) => <JobProgress key={job.id} job={job} compact />)}
      </span>
      <button type="button" className="bar-button" onClick={openShortcuts} aria-label={t('shortcuts.title')} title={`${t('shortcuts.title')} (?)`}>
        <Icon name="keyboard" />
      </button>
      <button type="button" className="bar-button" onClick={cycleTheme} data-testid="theme-switch"
        aria-label={`${t('theme.label')} : ${t(`theme.${theme}`)}`} title={`${t('theme.label')} : ${t(`theme.${theme}`)}`}>
        <Icon name={theme === 'dark' ? 'moon' : theme === 'light' ? 'sun' : 'contrast'} />
        <span>{t(`theme.${theme}`)}</span>
      </button>
      <span className="lang-switch" role="group" aria-label={t('bar.language')}>
        {UI_LANGUAGES.map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLanguage(l)} data-testid={`ui-lang-${l}`}
            lang={l} aria-label={l === 'fr' ? 'Français' : 'English'}>
            {l.toUpperCase()}
          </button>
        ))}
      </span>
    </footer>
  );
}
