// A row's target status as a pill: a colour and always its name (never colour alone).
import type { NoteSideState } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';

const MARK: Record<NoteSideState, string> = { untranslated: '○', draft: '◐', translated: '●', reviewed: '✓', needs_update: '⟳' };

export function StatusPill({ state, testId }: { state: NoteSideState; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-pill st-${state}`} data-testid={testId} data-state={state}>
      <span aria-hidden="true">{MARK[state]}</span>
      {t(`notes.state.${state}`)}
    </span>
  );
}
