// The alignment proposal as the editor's two-column grid, driven from the keyboard: one active
// row (and side) that the arrows move and the letter keys edit; the focus follows it.
import { useEffect, useRef, useState } from 'react';
import type { NoteLang } from '../../../shared/notes/types';
import { useAlignKeys } from '../../hooks/use-align-keys';
import { useI18n } from '../../i18n/i18n-context';
import { canSplit, mergeWithNext, moveSide, splitRow, swapSides, toggleDecision, type AlignDraft } from '../../lib/align-edits';
import { ProposalRow, type DraftEdit } from './ProposalRow';

interface Props {
  draft: AlignDraft;
  onEdit: (edit: DraftEdit) => void;
  onUndo: () => void;
  onRedo: () => void;
}

export function ProposalGrid({ draft, onEdit, onUndo, onRedo }: Props) {
  const { t } = useI18n();
  const { rows } = draft;
  const [activeKey, setActiveKey] = useState(rows[0]?.key ?? '');
  const [activeSide, setActiveSide] = useState<NoteLang>('fr');
  const grid = useRef<HTMLDivElement>(null);
  const rowElements = useRef(new Map<string, HTMLDivElement>());
  // When the active row goes away (merged into another, its only side moved), the row now at its place takes over.
  const lastIndex = useRef(0);
  const found = rows.findIndex((r) => r.key === activeKey);
  const index = found >= 0 ? found : Math.max(0, Math.min(lastIndex.current, rows.length - 1));
  const active = rows[index];

  useEffect(() => {
    lastIndex.current = index;
    if (!active) return;
    if (active.key !== activeKey) setActiveKey(active.key);
    const element = rowElements.current.get(active.key);
    const focused = document.activeElement;
    // Follow with the focus only when it is in the grid already (or was lost with a removed row).
    const inGrid = focused === document.body || (focused !== null && grid.current?.contains(focused));
    if (element && inGrid && !element.contains(focused)) element.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [index, active, activeKey]);

  const go = (to: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (row) setActiveKey(row.key);
  };
  const onKeyDown = useAlignKeys({
    step: (delta) => go(index + delta),
    edge: (where) => go(where === 'first' ? 0 : rows.length - 1),
    side: setActiveSide,
    moveSide: (delta) => {
      if (!active || active[activeSide].length === 0 || !rows[index + delta]) return;
      onEdit((d) => moveSide(d, active.key, activeSide, delta));
      // The focus goes with the text, so a paragraph can be walked several rows in a row.
      go(index + delta);
    },
    accept: () => {
      if (!active) return;
      onEdit((d) => toggleDecision(d, active.key, 'accepted'));
      if (active.decision !== 'accepted') go(index + 1);
    },
    reject: () => active && onEdit((d) => toggleDecision(d, active.key, 'rejected')),
    swap: () => active && onEdit((d) => swapSides(d, active.key)),
    split: () => active && canSplit(active) && onEdit((d) => splitRow(d, active.key)),
    merge: () => active && onEdit((d) => mergeWithNext(d, active.key)),
    undo: onUndo,
    redo: onRedo,
  });

  return (
    <div ref={grid} className="proposal-grid" role="grid" aria-label={t('notesIo.p.label')} aria-rowcount={rows.length + 1}
      data-testid="proposal-grid" onKeyDown={onKeyDown}>
      <div role="row" aria-rowindex={1} className="proposal-head">
        <span role="columnheader">#</span>
        <span role="columnheader">{t('notesIo.p.fr')}</span>
        <span role="columnheader">{t('notesIo.p.en')}</span>
        <span role="columnheader">{t('notesIo.p.meta')}</span>
        <span role="columnheader"><span className="visually-hidden">{t('notesIo.p.actions')}</span></span>
      </div>
      <div role="rowgroup">
        {rows.map((row, i) => (
          <ProposalRow
            key={row.key}
            draft={draft}
            row={row}
            index={i}
            last={i === rows.length - 1}
            active={i === index}
            activeSide={activeSide}
            rowRef={(element) => {
              if (element) rowElements.current.set(row.key, element);
              else rowElements.current.delete(row.key);
            }}
            onActivate={(side) => {
              setActiveKey(row.key);
              if (side) setActiveSide(side);
            }}
            onEdit={onEdit}
          />
        ))}
      </div>
    </div>
  );
}
