// One row of the notes: both sides in one grid row (so they always share a height), its number,
// kind and direction in the gutter, the status pill and actions at the end. What is being typed
// shows at once (lib/notes-live-row.ts): the pill, the source's word diff when it needs an
// update; the row being worked on also shows translation-memory matches and the minor-edit switch.
import { Fragment, memo } from 'react';
import type { NoteLang, NoteTextRow, NoteWarning, TmMatch } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';
import type { ColumnOrder } from '../../hooks/use-notes-columns';
import { liveRow, type RowEdits } from '../../lib/notes-live-row';
import type { RowHandlers } from './row-handlers';
import { NotesIcon } from './NotesIcon';
import { RowMenu } from './RowMenu';
import { SideEditor } from './SideEditor';
import { SourceDiff } from './SourceDiff';
import { StatusPill } from './StatusPill';
import { TmSuggestions } from './TmSuggestions';

const KIND_GLYPH = { paragraph: '¶', heading: 'H', list_item: '•', numbered_item: '1.', link: '↗' } as const;

interface Props {
  row: NoteTextRow;
  index: number;
  label: string;
  testPrefix: string;
  edits: RowEdits | undefined;
  columns: ColumnOrder;
  active: boolean;
  /** The side last focused in this row, when it is the row being worked on. */
  focusedLang: NoteLang | null;
  selected: boolean;
  minor: boolean;
  /** Inside a snippet block: no gutter and no structural actions. */
  nested: boolean;
  warnings: readonly NoteWarning[] | undefined;
  tm: TmMatch[] | null;
  on: RowHandlers;
}

const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();
const LANG_CODE: Record<NoteLang, string> = { fr: 'FR', en: 'EN' };

function Warnings({ list, testId }: { list: readonly NoteWarning[]; testId?: string }) {
  const { pick } = useI18n();
  if (list.length === 0) return null;
  return (
    <ul className="row-warnings" data-testid={testId}>
      {list.map((w, i) => <li key={i}><span aria-hidden="true">⚠</span> {pick(w.message)}</li>)}
    </ul>
  );
}

export const NoteRowView = memo(function NoteRowView(p: Props) {
  const { t } = useI18n();
  const { row, on, index, testPrefix: tp } = p;
  const live = liveRow(row, p.edits);
  const target: NoteLang = row.source === 'fr' ? 'en' : 'fr';
  const langName = (lang: NoteLang) => t(`notes.lang.${lang}`);
  const sideWarnings = (lang: NoteLang | null) => (p.warnings ?? []).filter((w) => w.lang === lang);

  return (
    <div
      className={`note-row st-${live.state}${p.active ? ' active' : ''}${p.selected ? ' selected' : ''}${p.nested ? ' nested' : ''}`}
      role="group"
      aria-label={p.label}
      data-row-id={row.id}
      data-state={live.state}
      data-testid={`${tp}-row-${index}`}
    >
      {!p.nested && (
        <div className="note-gutter">
          <button
            type="button"
            className="note-number tabular"
            aria-pressed={p.selected}
            title={t('notes.select')}
            onClick={(e) => on.select(row.id, e.shiftKey)}
            data-testid={`${tp}-select-${index}`}
          >
            {p.label}
          </button>
          <span className="kind-glyph" title={t(`notes.kind.${row.kind}`)} data-testid={`${tp}-kind-${index}`} data-kind={row.kind}>
            {KIND_GLYPH[row.kind]}
            <span className="visually-hidden">{t(`notes.kind.${row.kind}`)}</span>
          </span>
          <button
            type="button"
            className="direction"
            onMouseDown={keepFocus}
            onClick={() => on.swapSource(row.id)}
            title={t('notes.direction', { from: LANG_CODE[row.source], to: LANG_CODE[target] })}
            data-testid={`${tp}-direction-${index}`}
          >
            {LANG_CODE[row.source]}→{LANG_CODE[target]}
          </button>
        </div>
      )}
      {p.columns.map((lang, column) => {
        const isSource = lang === row.source;
        const diff = isSource && live.state === 'needs_update';
        const minorSwitch = isSource && ((p.active && p.focusedLang === lang) || p.minor);
        const matches = !isSource && p.tm && p.tm.length > 0 ? p.tm : null;
        const warned = sideWarnings(lang);
        return (
          <Fragment key={lang}>
            <div className={`note-cell side-col-${column}${isSource ? ' is-source' : ' is-target'}`}>
              {isSource && <span className="side-tag" aria-hidden="true">{t('notes.source')}</span>}
              <SideEditor
                rowId={row.id}
                lang={lang}
                column={column as 0 | 1}
                value={live[lang].text}
                isSource={isSource}
                minor={isSource && p.minor}
                heading={row.kind === 'heading'}
                label={t(isSource ? 'notes.sideSource' : 'notes.sideTarget', { n: p.label, lang: langName(lang) })}
                placeholder={t(isSource ? 'notes.placeholderSource' : 'notes.placeholderTarget')}
                testId={`${tp}-${lang}-${index}`}
                onType={on.type}
                onLeave={on.leave}
              />
            </div>
            {(diff || minorSwitch || matches || warned.length > 0) && (
              <div className={`note-extras side-col-${column}`}>
                {diff && (
                  <SourceDiff
                    ops={live.sourceDiff}
                    testId={`${tp}-diff-${index}`}
                    onStillValid={() => on.mark(row.id, 'translated')}
                    onRevise={() => on.focusSide(row.id, target)}
                  />
                )}
                {minorSwitch && (
                  <button
                    type="button"
                    className={`minor-toggle${p.minor ? ' on' : ''}`}
                    aria-pressed={p.minor}
                    onMouseDown={keepFocus}
                    onClick={() => on.toggleMinor(row.id)}
                    title={t('notes.minorTitle', { keys: on.chord('minorEdit') })}
                    data-testid={`${tp}-minor-${index}`}
                  >
                    <NotesIcon name="pencil" size={12} /> {t(p.minor ? 'notes.minorOn' : 'notes.minor')} <kbd>{on.chord('minorEdit')}</kbd>
                  </button>
                )}
                {matches && <TmSuggestions matches={matches} chord={on.chord('useSuggestion')} originOf={on.originOf} onUse={(m) => on.applyMatch(row.id, m)} />}
                <Warnings list={warned} testId={`${tp}-warnings-${lang}-${index}`} />
              </div>
            )}
          </Fragment>
        );
      })}
      <div className="note-status">
        <StatusPill state={live.state} testId={`${tp}-status-${index}`} />
        <div className="row-actions">
          <button
            type="button"
            className="icon-button"
            onMouseDown={keepFocus}
            onClick={() => on.mark(row.id, 'translated')}
            aria-label={t('notes.markTranslated')}
            title={`${t('notes.markTranslated')} (${on.chord('markTranslated')})`}
            data-testid={`${tp}-mark-${index}`}
          >
            ✓
          </button>
          <button
            type="button"
            className="icon-button"
            onMouseDown={keepFocus}
            onClick={() => on.mark(row.id, 'reviewed')}
            aria-label={t('notes.markReviewed')}
            title={`${t('notes.markReviewed')} (${on.chord('markReviewed')})`}
            data-testid={`${tp}-review-${index}`}
          >
            ✓✓
          </button>
          {!p.nested && (
            <RowMenu
              kind={row.kind}
              onKind={(kind) => on.setKind(row.id, kind)}
              testId={`${tp}-menu-${index}`}
              items={[
                { label: row.source === 'fr' ? 'notes.makeSourceEn' : 'notes.makeSourceFr', run: () => on.swapSource(row.id) },
                { label: 'notes.split', chord: on.chord('split'), run: () => on.split(row.id) },
                { label: 'notes.merge', chord: on.chord('merge'), run: () => on.merge(row.id) },
                { label: 'notes.moveUp', chord: on.chord('moveUp'), run: () => on.move(row.id, -1) },
                { label: 'notes.moveDown', chord: on.chord('moveDown'), run: () => on.move(row.id, 1) },
                { label: 'notes.insertBelow', chord: on.chord('insertRow'), run: () => on.insertBelow(row.id) },
                { label: 'notes.makeSnippet', run: () => on.makeSnippet(row.id) },
                { label: 'notes.deleteRow', chord: on.chord('deleteRow'), run: () => on.remove(row.id), danger: true },
              ]}
            />
          )}
        </div>
      </div>
      {sideWarnings(null).length > 0 && (
        <div className="note-extras whole-row"><Warnings list={sideWarnings(null)} testId={`${tp}-warnings-${index}`} /></div>
      )}
    </div>
  );
});
