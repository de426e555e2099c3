// The empty library: two ways in, one of which shows every tab working within a minute, and a
// third for producers who already publish: import their feed.
import { useState } from 'react';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from './Icon';

export function FirstRun() {
  const { openNewShow, openSample, pickFeed } = useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <div className="first-run" data-testid="first-run">
      <div className="first-run-card">
        <Icon name="wave" size={36} />
        <h1>{t('firstRun.title')}</h1>
        <p>{t('firstRun.text')}</p>
        <div className="first-run-actions">
          <button type="button" className="button primary large" onClick={openNewShow} data-testid="first-run-create">
            {t('firstRun.create')}
          </button>
          <button type="button" className="button large" disabled={busy} aria-busy={busy} data-testid="first-run-sample"
            onClick={() => {
              setBusy(true);
              void openSample().finally(() => setBusy(false));
            }}>
            {busy ? t('firstRun.sampleBusy') : t('firstRun.sample')}
          </button>
        </div>
        <button type="button" className="link-button first-run-feed" onClick={pickFeed} data-testid="first-run-feed">
          <Icon name="rss" /> {t('release.feed.firstRun')}
        </button>
      </div>
    </div>
  );
}
