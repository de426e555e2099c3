// Above the rows: adding rows and snippets, undo/redo, the autosave state, the HTML preview and
// the interchange actions (paste and align, XLIFF, TMX); then the status filter, the progress,
// each language's size against Apple's 4000-byte limit and the warnings.
import type { ReactNode } from 'react';
import type { NoteLang, NotesDoc } from '../../../shared/notes/types';
import type { SaveState } from '../../hooks/use-notes-autosave';
import type { ColumnOrder } from '../../hooks/use-notes-columns';
import { useI18n } from '../../i18n/i18n-context';
import type { NotesFilter } from '../../lib/notes-filter';
import { Icon } from '../frame/Icon';
import { NotesIcon } from './NotesIcon';

interface Props {
  doc: NotesDoc;
  columns: ColumnOrder;
  counts: { work: number; update: number };
  warnings: number;
  filter: NotesFilter;
  onFilter: (filter: NotesFilter) => void;
  save: SaveState;
  onRetry: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  chords: { insertRow: string; insertSnippet: string; undo: string; redo: string };
  onAddRow: () => void;
  onInsertSnippet: () => void;
  selection: number;
  onMakeSnippet: () => void;
  previewOpen: boolean;
  onTogglePreview: () => void;
  onNextWarning: () => void;
  interchange: ReactNode;
}

/** Clicks keep the focus in the side being edited. */
const keepFocus = (e: { preventDefault: () => void; target: EventTarget }) => {
  if ((e.target as HTMLElement).closest('button')) e.preventDefault();
};

export function NotesToolbar(p: Props) {
  const { t, plural, count } = useI18n();
  const saveText = { saved: t('notes.saved'), pending: t('notes.pending'), saving: t('notes.saving'), error: t('notes.saveFailed') }[p.save];
  const { progress, size } = p.doc;
  const chip = (filter: NotesFilter, label: string, n?: number) => (
    <button type="button" className="chip" aria-pressed={p.filter === filter} onClick={() => p.onFilter(filter)} data-testid={`notes-filter-${filter}`}>
      {label}{n !== undefined && <span className="chip-count tabular" data-testid={`notes-count-${filter}`}>{count(n)}</span>}
    </button>
  );
  const sizeOf = (lang: NoteLang) => {
    const s = size[lang];
    return (
      <span key={lang} className={`notes-size${s.over ? ' over' : ''}`} data-testid={`notes-size-${lang}`} data-bytes={s.bytes}
        title={s.over ? t('notes.sizeOver', { limit: count(s.limit) }) : t('notes.sizeTitle')}>
        <span className="lang-badge">{lang.toUpperCase()}</span>
        <span className="tabular">{t('notes.bytes', { bytes: count(s.bytes), limit: count(s.limit) })}</span>
        <span className="muted tabular">· {t('notes.chars', { chars: count(s.chars) })}</span>
      </span>
    );
  };

  return (
    <div className="notes-toolbar" data-testid="notes-toolbar">
      <div className="toolbar-line">
        <span className="toolbar-group" onMouseDown={keepFocus}>
          <button type="button" className="button primary" onClick={p.onAddRow} title={`${t('notes.addRowTitle')} (${p.chords.insertRow})`} data-testid="notes-add-row">
            <Icon name="plus" /> {t('notes.addRow')}
          </button>
          <button type="button" className="button" onClick={p.onInsertSnippet} title={`${t('notes.insertSnippetTitle')} (${p.chords.insertSnippet})`}
            data-testid="notes-insert-snippet">
            <NotesIcon name="snippet" /> {t('notes.insertSnippet')}
          </button>
          {p.selection > 0 && (
            <button type="button" className="button" onClick={p.onMakeSnippet} title={t('notes.makeSnippetTitle')} data-testid="notes-make-snippet">
              {plural('notes.makeSnippetN', p.selection)}
            </button>
          )}
          <span className="button-pair">
            <button type="button" className="button" onClick={() => p.canUndo && p.onUndo()} aria-disabled={!p.canUndo}
              aria-label={t('notes.undo')} title={`${t('notes.undo')} (${p.chords.undo})`} data-testid="notes-undo">↶</button>
            <button type="button" className="button" onClick={() => p.canRedo && p.onRedo()} aria-disabled={!p.canRedo}
              aria-label={t('notes.redo')} title={`${t('notes.redo')} (${p.chords.redo})`} data-testid="notes-redo">↷</button>
          </span>
          <span className={`save-status ${p.save}`} data-testid="notes-save-status" data-state={p.save} aria-live="polite">
            {p.save === 'saved' ? <Icon name="check" size={14} /> : <span className="dirty-dot" />}
            {saveText}
            {p.save === 'error' && <button type="button" className="link-button" onClick={p.onRetry}>{t('notes.retry')}</button>}
          </span>
        </span>
        <span className="toolbar-end">
          <button type="button" className="button" aria-pressed={p.previewOpen} onClick={p.onTogglePreview} data-testid="notes-preview-toggle">
            {t('notes.preview')}
          </button>
          {p.interchange}
        </span>
      </div>
      <div className="toolbar-line">
        <div className="chip-group" role="group" aria-label={t('notes.filter')}>
          {chip('all', t('notes.filterAll'))}
          {chip('work', t('notes.filterWork'), p.counts.work)}
          {chip('update', t('notes.filterUpdate'), p.counts.update)}
        </div>
        <span className="toolbar-end notes-figures">
          <span className="notes-progress tabular" data-testid="notes-progress" title={t('notes.progressTitle', { x: count(progress.reviewed), y: count(progress.total) })}>
            <span className="progress-meter" aria-hidden="true">
              <span style={{ width: `${progress.total ? (100 * progress.reviewed) / progress.total : 0}%` }} />
            </span>
            {t('notes.progress', { x: count(progress.reviewed), y: count(progress.total) })}
          </span>
          {p.columns.map(sizeOf)}
          {p.warnings > 0 && (
            <button type="button" className="notes-warning-count" onClick={p.onNextWarning} title={t('notes.nextWarning')} data-testid="notes-warnings">
              ⚠ {plural('notes.warnings', p.warnings)}
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
