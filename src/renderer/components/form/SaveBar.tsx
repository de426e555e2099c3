// The form's footer: unsaved indicator, why saving is blocked, and the Save button (Ctrl+S).
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  dirty: boolean;
  problemCount: number;
  saving: boolean;
  onSave: () => void;
  /** Something still being checked (episode number): saving waits for it. */
  checking?: boolean;
}

export function SaveBar({ dirty, problemCount, saving, onSave, checking = false }: Props) {
  const { t, plural } = useI18n();
  const blocked = problemCount > 0;
  const status = blocked
    ? plural('common.saveBlocked', problemCount)
    : dirty ? t('common.unsaved') : t('common.allSaved');
  return (
    <div className="save-bar">
      <span className={`save-status${blocked ? ' blocked' : dirty ? ' dirty' : ''}`} data-testid="save-status" aria-live="polite">
        {dirty && !blocked && <span className="dirty-dot" aria-hidden="true" />}
        {status}
      </span>
      <button
        type="button"
        className="button primary"
        data-testid="save-button"
        disabled={!dirty || blocked || saving || checking}
        title={blocked ? status : 'Ctrl+S'}
        onClick={onSave}
      >
        {saving ? t('common.saving') : t('common.save')}
        <kbd>Ctrl+S</kbd>
      </button>
    </div>
  );
}
