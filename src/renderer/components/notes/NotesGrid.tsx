// The rows of the notes: one grid row per pair, the language columns in the chosen order (the
// header with the swap sits with the toolbar), filtered by status. A row keeps showing while it
// is being worked on even when it stops matching the filter, so it does not vanish mid-edit.
import type { NoteLang, NoteRow, NotesDoc, NoteWarning, Snippet, TmMatch } from '../../../shared/notes/types';
import type { ColumnOrder } from '../../hooks/use-notes-columns';
import { useI18n } from '../../i18n/i18n-context';
import { rowShown, type NotesFilter } from '../../lib/notes-filter';
import type { RowEdits } from '../../lib/notes-live-row';
import { NoteRowView } from './NoteRowView';
import type { RowHandlers } from './row-handlers';
import { SnippetBlock } from './SnippetBlock';

interface Props {
  doc: NotesDoc;
  snippets: ReadonlyMap<number, Snippet>;
  columns: ColumnOrder;
  filter: NotesFilter;
  edits: ReadonlyMap<number, RowEdits>;
  warnings: ReadonlyMap<number, readonly NoteWarning[]>;
  activeRowId: number | null;
  activeLang: NoteLang | null;
  selected: ReadonlySet<number>;
  editingSnippets: ReadonlySet<number>;
  minorRows: ReadonlySet<number>;
  tm: { rowId: number; matches: TmMatch[] } | null;
  on: RowHandlers;
}

/** The column header, kept in view with the toolbar: # · left language ⇄ · right language · status. */
export function NotesHead({ columns, onSwap }: { columns: ColumnOrder; onSwap: () => void }) {
  const { t } = useI18n();
  const langName = (lang: NoteLang) => t(`notes.lang.${lang}`);
  return (
    <div className="notes-head" aria-hidden="false">
      <span className="head-number">#</span>
      {columns.map((lang, column) => (
        <span key={lang} className={`head-lang side-col-${column}`} lang={lang} data-testid={`notes-head-${column}`}>
          <span className="lang-badge">{lang.toUpperCase()}</span> {langName(lang)}
          {column === 0 && (
            <button type="button" className="icon-button swap" onClick={onSwap} aria-label={t('notes.swap')} title={t('notes.swap')} data-testid="notes-swap">
              ⇄
            </button>
          )}
        </span>
      ))}
      <span className="head-status">{t('notes.status')}</span>
    </div>
  );
}

export function NotesGrid(p: Props) {
  const { t } = useI18n();
  const holdsActive = (row: NoteRow) =>
    row.id === p.activeRowId || (row.type === 'snippet' && p.snippets.get(row.snippetId)?.rows.some((r) => r.id === p.activeRowId));
  const shown = p.doc.rows.map((row, index) => ({ row, index })).filter(({ row }) => rowShown(row, p.filter, p.snippets) || holdsActive(row));

  return (
    <div className="notes-grid" data-testid="notes-grid">
      {shown.length === 0 && <p className="notes-filter-empty" data-testid="notes-filter-empty">{t('notes.filterEmpty')}</p>}
      {shown.map(({ row, index }) => {
        const label = String(index + 1);
        if (row.type === 'snippet') {
          return (
            <SnippetBlock key={row.id} row={row} snippet={p.snippets.get(row.snippetId)} index={index} label={label} columns={p.columns}
              editing={p.editingSnippets.has(row.id)} selected={p.selected.has(row.id)} activeRowId={p.activeRowId} activeLang={p.activeLang} edits={p.edits}
              warnings={p.warnings} tm={p.tm} minorRows={p.minorRows} on={p.on} />
          );
        }
        return (
          <NoteRowView key={row.id} row={row} index={index} label={label} testPrefix="note" edits={p.edits.get(row.id)} columns={p.columns}
            active={p.activeRowId === row.id} focusedLang={p.activeRowId === row.id ? p.activeLang : null}
            selected={p.selected.has(row.id)} minor={p.minorRows.has(row.id)} nested={false}
            warnings={p.warnings.get(row.id)} tm={p.tm?.rowId === row.id ? p.tm.matches : null} on={p.on} />
        );
      })}
    </div>
  );
}
