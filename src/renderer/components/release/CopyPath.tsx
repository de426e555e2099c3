// A path on this computer with a Copy button: the browser host has no file manager to open, so
// the producer pastes the path into theirs. The text stays selectable when copying is refused.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

type CopyState = 'idle' | 'copied' | 'refused';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyPath({ path, testId }: { path: string; testId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy-path">
      <code className="selectable" data-testid={testId} title={path}>{path}</code>
      <button type="button" className="button small" data-testid={`${testId}-copy`} aria-label={`${t('release.copyPath')} ${path}`}
        onClick={() => void copyText(path).then((ok) => setState(ok ? 'copied' : 'refused'))}>
        <Icon name={state === 'copied' ? 'check' : 'copy'} />
        {t('release.copy')}
      </button>
      <span className="copy-state" role="status" data-testid={`${testId}-copy-state`}>
        {state === 'copied' ? t('release.copied') : state === 'refused' ? t('release.copyFailed') : ''}
      </span>
    </span>
  );
}
