// One proposed row: its French and English segments side by side (as the editor will show them),
// its kind, the aligner's confidence and the edits that keep every paragraph (accept, swap, split,
// merge with the next, leave out; move a side to the row above or below).
import { NOTE_KINDS, type NoteLang } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';
import {
  canSplit, isLanguageGuess, isLowConfidence, mergeWithNext, moveSide, segmentOf, setKind, splitRow, swapSides, toggleDecision,
  type AlignDraft, type DraftRow,
} from '../../lib/align-edits';
import { Icon, type IconName } from '../frame/Icon';
import { ConfidenceMeter } from './ConfidenceMeter';

export type DraftEdit = (draft: AlignDraft) => AlignDraft;

interface Props {
  draft: AlignDraft;
  row: DraftRow;
  index: number;
  last: boolean;
  active: boolean;
  activeSide: NoteLang;
  rowRef: (element: HTMLDivElement | null) => void;
  onActivate: (side?: NoteLang) => void;
  onEdit: (edit: DraftEdit) => void;
}

export function ProposalRow({ draft, row, index, last, active, activeSide, rowRef, onActivate, onEdit }: Props) {
  const { t, lang: ui } = useI18n();
  const { key } = row;
  const low = isLowConfidence(row) && row.decision === 'open';
  // Only the active row's controls are tab stops: Tab walks one row's actions, arrows walk the rows.
  const tab = active ? 0 : -1;
  const action = (icon: IconName, label: string, shortcut: string, testId: string, run: DraftEdit, options: { enabled?: boolean; pressed?: boolean } = {}) => {
    const enabled = options.enabled ?? true;
    return (
      <button
        type="button"
        className="icon-button p-action"
        tabIndex={tab}
        aria-label={label}
        title={`${label} (${shortcut})`}
        // aria-disabled, not disabled: a disabled button would drop the focus, and the grid's keys with it.
        aria-disabled={!enabled}
        aria-pressed={options.pressed}
        data-testid={`${testId}-${index}`}
        onClick={() => enabled && onEdit(run)}
      >
        <Icon name={icon} />
      </button>
    );
  };

  const side = (lang: NoteLang) => {
    const refs = row[lang];
    const name = t(lang === 'fr' ? 'notesIo.p.fr' : 'notesIo.p.en');
    return (
      <div
        role="gridcell"
        lang={lang}
        className={`p-side${active && activeSide === lang ? ' current' : ''}${refs.length === 0 ? ' empty' : ''}`}
        data-testid={`proposal-${lang}-${index}`}
        onMouseDown={() => onActivate(lang)}
      >
        {refs.length === 0 && <span className="p-empty" lang={ui}>{t('notesIo.p.empty')}</span>}
        {refs.map((ref) => {
          const segment = segmentOf(draft, ref);
          return (
            <p key={`${ref.stream}${ref.index}`} className={`p-seg kind-${segment.kind}`}>
              {segment.text}
              {isLanguageGuess(segment) && (
                <span className="lang-guess" lang={ui} title={t('notesIo.p.guessHint', { line: segment.line })} data-testid="lang-guess">
                  {t('notesIo.p.guess', { lang: segment.lang.toUpperCase() })}
                </span>
              )}
            </p>
          );
        })}
        {refs.length > 0 && (
          <span className="p-move">
            {index > 0 && (
              <button type="button" className="icon-button" tabIndex={-1} data-testid={`proposal-${lang}-up-${index}`}
                aria-label={t('notesIo.p.moveUp', { side: name })} title={`${t('notesIo.p.moveUp', { side: name })} (${t('notesIo.keys.shiftUp')})`}
                onClick={() => onEdit((d) => moveSide(d, key, lang, -1))}>
                <Icon name="arrow-up" size={14} />
              </button>
            )}
            {!last && (
              <button type="button" className="icon-button" tabIndex={-1} data-testid={`proposal-${lang}-down-${index}`}
                aria-label={t('notesIo.p.moveDown', { side: name })} title={`${t('notesIo.p.moveDown', { side: name })} (${t('notesIo.keys.shiftDown')})`}
                onClick={() => onEdit((d) => moveSide(d, key, lang, 1))}>
                <Icon name="arrow-down" size={14} />
              </button>
            )}
          </span>
        )}
      </div>
    );
  };

  return (
    <div
      ref={rowRef}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      tabIndex={tab}
      className={`proposal-row decision-${row.decision}${low ? ' low' : ''}${active ? ' active' : ''}`}
      data-testid={`proposal-row-${index}`}
      data-decision={row.decision}
      onFocus={() => !active && onActivate()}
    >
      <div role="gridcell" className="p-num tabular">{index + 1}</div>
      {side('fr')}
      {side('en')}
      <div role="gridcell" className="p-meta">
        <select
          value={row.kind}
          tabIndex={tab}
          aria-label={t('notesIo.p.kind')}
          data-testid={`proposal-kind-${index}`}
          onChange={(e) => onEdit((d) => setKind(d, key, e.target.value as DraftRow['kind']))}
        >
          {NOTE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`notesIo.kind.${kind}`)}</option>)}
        </select>
        {row.confidence === null
          ? <span className="p-edited" data-testid={`proposal-edited-${index}`}>{t('notesIo.p.edited')}</span>
          : <ConfidenceMeter value={row.confidence} testId={`proposal-confidence-${index}`} />}
        {row.decision === 'accepted' && <span className="p-state accepted">{t('notesIo.p.accepted')}</span>}
        {row.decision === 'rejected' && <span className="p-state rejected">{t('notesIo.p.rejected')}</span>}
        {low && <span className="p-state check">{t('notesIo.p.toCheck')}</span>}
      </div>
      <div role="gridcell" className="p-actions">
        {action('check', t('notesIo.p.accept'), 'A', 'proposal-accept', (d) => toggleDecision(d, key, 'accepted'), { pressed: row.decision === 'accepted' })}
        {action('swap', t('notesIo.p.swap'), 'S', 'proposal-swap', (d) => swapSides(d, key))}
        {action('split', t('notesIo.p.split'), 'X', 'proposal-split', (d) => splitRow(d, key), { enabled: canSplit(row) })}
        {action('merge', t('notesIo.p.merge'), 'M', 'proposal-merge', (d) => mergeWithNext(d, key), { enabled: !last })}
        {action('close', t('notesIo.p.reject'), 'R', 'proposal-reject', (d) => toggleDecision(d, key, 'rejected'), { pressed: row.decision === 'rejected' })}
      </div>
    </div>
  );
}
