// A path on this computer with a Copy button, and in the desktop app "Show in folder" (the
// browser host has no file manager to open, so there the producer pastes the path into theirs).
// The text stays selectable when copying is refused.
import { useEffect, useState } from 'react';
import { getApi } from '../../api/client';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

type CopyState = 'idle' | 'copied' | 'refused' | 'unrevealed';

/** The recorded release the path belongs to, so main shows it by id (never by a path from here). */
export interface RevealTarget {
  releaseId: number;
  zip: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyPath({ path, testId, reveal }: { path: string; testId: string; reveal?: RevealTarget }) {
  const { t } = useI18n();
  const { library } = useApp();
  const [state, setState] = useState<CopyState>('idle');
  // Only the desktop app can open a file manager; it is also the one that imports by path.
  const canReveal = reveal !== undefined && library?.canImportByPath === true;
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
      {canReveal && (
        <button type="button" className="button small" data-testid={`${testId}-reveal`}
          onClick={() => void getApi().invoke('release.reveal', reveal).then(({ revealed }) => !revealed && setState('unrevealed'), () => setState('unrevealed'))}>
          <Icon name="folder" />
          {t('release.reveal')}
        </button>
      )}
      <span className="copy-state" role="status" data-testid={`${testId}-copy-state`}>
        {state === 'copied' ? t('release.copied') : state === 'refused' ? t('release.copyFailed') : state === 'unrevealed' ? t('release.revealFailed') : ''}
      </span>
    </span>
  );
}
