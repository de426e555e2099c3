// A snippet shown in the episode: a locked block with the snippet's name, how many episodes show
// it and its rows (read-only, with their status). "Edit" unlocks its rows here; their edits go to
// the snippet, so every episode showing it changes. "Detach" turns it into this episode's rows.
import { memo } from 'react';
import type { NoteLang, NoteRow, NoteSnippetRow, NoteWarning, Snippet, TmMatch } from '../../../shared/notes/types';
import type { ColumnOrder } from '../../hooks/use-notes-columns';
import { useI18n } from '../../i18n/i18n-context';
import type { RowEdits } from '../../lib/notes-live-row';
import { NotesIcon } from './NotesIcon';
import { NoteRowView } from './NoteRowView';
import type { RowHandlers } from './row-handlers';
import { RowMenu } from './RowMenu';
import { StatusPill } from './StatusPill';

interface Props {
  row: NoteSnippetRow;
  snippet: Snippet | undefined;
  index: number;
  label: string;
  columns: ColumnOrder;
  editing: boolean;
  selected: boolean;
  activeRowId: number | null;
  activeLang: NoteLang | null;
  edits: ReadonlyMap<number, RowEdits>;
  warnings: ReadonlyMap<number, readonly NoteWarning[]>;
  tm: { rowId: number; matches: TmMatch[] } | null;
  minorRows: ReadonlySet<number>;
  on: RowHandlers;
}

const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

export const SnippetBlock = memo(function SnippetBlock(p: Props) {
  const { t, plural } = useI18n();
  const { row, snippet, on, index } = p;
  const tp = `snippet-${index}`;
  return (
    <div className={`note-row snippet-ref${p.editing ? ' editing' : ''}${p.selected ? ' selected' : ''}`} role="group" aria-label={p.label}
      data-row-id={row.id} data-testid={`${tp}-block`}>
      <div className="note-gutter">
        <button type="button" className="note-number tabular" aria-pressed={p.selected} title={t('notes.select')}
          onClick={(e) => on.select(row.id, e.shiftKey)} data-testid={`${tp}-select`}>
          {p.label}
        </button>
        <span className="kind-glyph" title={t('notes.snippet')}><NotesIcon name="snippet" size={12} /></span>
      </div>
      <div className="snippet-block">
        <div className="snippet-head">
          <span className="snippet-lock"><NotesIcon name={p.editing ? 'pencil' : 'lock'} /></span>
          <span className="snippet-name">
            {t('notes.snippet')} · <strong data-testid={`${tp}-name`}>{snippet?.name ?? '…'}</strong>
          </span>
          {snippet && <span className="muted" data-testid={`${tp}-used-by`}>{plural('notes.usedBy', snippet.usedBy)}</span>}
          <span className="snippet-tools">
            <button type="button" className="button small" aria-pressed={p.editing} onMouseDown={keepFocus} onClick={() => on.editSnippet(row.id)}
              title={t('notes.snippetEditTitle')} data-testid={`${tp}-edit`}>
              {t(p.editing ? 'notes.snippetDone' : 'notes.snippetEdit')}
            </button>
            <button type="button" className="button small" onClick={() => on.detach(row.id)} title={t('notes.detachTitle')} data-testid={`${tp}-detach`}>
              {t('notes.detach')}
            </button>
            <RowMenu kind={null} testId={`${tp}-menu`} items={[
              { label: 'notes.moveUp', chord: on.chord('moveUp'), run: () => on.move(row.id, -1) },
              { label: 'notes.moveDown', chord: on.chord('moveDown'), run: () => on.move(row.id, 1) },
              { label: 'notes.insertBelow', chord: on.chord('insertRow'), run: () => on.insertBelow(row.id) },
              { label: 'notes.removeSnippet', chord: on.chord('deleteRow'), run: () => on.remove(row.id), danger: true },
            ]} />
          </span>
        </div>
        {p.editing && snippet && <p className="snippet-warning">{plural('notes.snippetEditing', snippet.usedBy)}</p>}
        {snippet?.rows.map((inner: NoteRow, k) => {
          if (inner.type !== 'text') return null;
          if (p.editing) {
            return (
              <NoteRowView key={inner.id} row={inner} index={k} label={`${p.label}.${k + 1}`} testPrefix={tp} edits={p.edits.get(inner.id)}
                columns={p.columns} active={p.activeRowId === inner.id} focusedLang={p.activeRowId === inner.id ? p.activeLang : null} selected={false} minor={p.minorRows.has(inner.id)} nested
                warnings={p.warnings.get(inner.id)} tm={p.tm?.rowId === inner.id ? p.tm.matches : null} on={on} />
            );
          }
          return (
            <div key={inner.id} className="snippet-line" data-testid={`${tp}-line-${k}`}>
              {p.columns.map((lang) => (
                <p key={lang} lang={lang} className={`snippet-text${inner[lang].text ? '' : ' empty'}`} data-testid={`${tp}-${lang}-${k}`}>
                  {inner[lang].text || t('notes.emptySide')}
                </p>
              ))}
              <StatusPill state={inner.state} testId={`${tp}-status-${k}`} />
            </div>
          );
        })}
      </div>
    </div>
  );
});
