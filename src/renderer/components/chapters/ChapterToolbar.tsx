// Chapter actions above the list: add at the playhead, delete, undo/redo, the autosave state
// (with a retry when it failed), how many findings remain, and the import/export panel toggle.
import type { MouseEvent } from 'react';
import type { SaveState } from '../../hooks/use-chapter-autosave';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

interface Props {
  count: number;
  problems: number;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  filesOpen: boolean;
  onAdd: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onRetry: () => void;
  onToggleFiles: () => void;
}

/** Clicks keep the focus where it was (Space still plays); unavailable actions are aria-disabled, not
 *  disabled, so a keyboard user pressing Undo until the history is empty does not lose the focus. */
const keepFocus = (e: MouseEvent) => {
  if ((e.target as HTMLElement).closest('button')) e.preventDefault();
};

export function ChapterToolbar(p: Props) {
  const { t, plural, count } = useI18n();
  const saveText = { saved: t('chapters.saved'), pending: t('chapters.pending'), saving: t('chapters.saving'), error: t('chapters.saveFailed') }[p.save];
  return (
    <div className="chapter-toolbar" onMouseDown={keepFocus}>
      <h3 className="chapter-heading">{t('audio.chapters')} <span className="muted tabular">{count(p.count)}</span></h3>
      <button type="button" className="button primary" onClick={p.onAdd} data-testid="chapter-add" title={t('chapters.add')}>
        <Icon name="plus" /> {t('chapters.addShort')} <kbd>M</kbd>
      </button>
      <button type="button" className="button" onClick={() => p.hasSelection && p.onDelete()} aria-disabled={!p.hasSelection} data-testid="chapter-delete"
        aria-label={t('chapters.delete')} title={t('chapters.delete')}>
        <Icon name="close" />
      </button>
      <span className="button-pair">
        <button type="button" className="button" onClick={() => p.canUndo && p.onUndo()} aria-disabled={!p.canUndo} data-testid="chapter-undo"
          aria-label={t('chapters.undo')} title={t('chapters.undo')}>↶</button>
        <button type="button" className="button" onClick={() => p.canRedo && p.onRedo()} aria-disabled={!p.canRedo} data-testid="chapter-redo"
          aria-label={t('chapters.redo')} title={t('chapters.redo')}>↷</button>
      </span>
      <span className={`save-status ${p.save}`} data-testid="chapter-save-status" data-state={p.save} aria-live="polite">
        {p.save === 'saved' ? <Icon name="check" size={14} /> : <span className="dirty-dot" />}
        {saveText}
        {p.save === 'error' && <button type="button" className="link-button" onClick={p.onRetry}>{t('chapters.retry')}</button>}
      </span>
      <span className="toolbar-end">
        {p.problems > 0 && (
          <span className="problem-count" data-testid="chapter-problem-count">
            <span aria-hidden="true">⚠</span> {plural('chapters.problems', p.problems)}
          </span>
        )}
        <button type="button" className="button" aria-expanded={p.filesOpen} onClick={p.onToggleFiles} data-testid="chapter-io-toggle">
          <Icon name="arrows" /> {t('chapters.io')}
        </button>
      </span>
    </div>
  );
}
