// A row's "⋯" menu: its kind, which side is the source, and the structural actions with their
// keys. Opens on click or Enter, arrows move through it, Escape closes it and gives focus back.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NOTE_KINDS, type NoteKind } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';

interface RowMenuItem {
  label: MessageKey;
  chord?: string;
  run: () => void;
  disabled?: boolean;
  danger?: boolean;
}

interface Props {
  kind: NoteKind | null;
  onKind?: (kind: NoteKind) => void;
  items: RowMenuItem[];
  testId: string;
}

export function RowMenu({ kind, onKind, items, testId }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const entries = [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (e.key === 'Escape') close(true);
    else if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(entries.length - 1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      className="row-menu"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('notes.rowMenu')}
        title={t('notes.rowMenu')}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        ⋯
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={t('notes.rowMenu')} data-testid={`${testId}-list`}>
          {kind && onKind && (
            <div role="group" aria-label={t('notes.kind')}>
              <p className="menu-heading">{t('notes.kind')}</p>
              {NOTE_KINDS.map((k) => (
                <button key={k} type="button" role="menuitemradio" aria-checked={k === kind} className="menu-item" onClick={() => choose(() => onKind(k))}>
                  <span className="menu-check" aria-hidden="true">{k === kind ? '●' : ''}</span>
                  {t(`notes.kind.${k}`)}
                </button>
              ))}
              <hr />
            </div>
          )}
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className={`menu-item${item.danger ? ' danger' : ''}`}
              aria-disabled={item.disabled || undefined}
              onClick={() => !item.disabled && choose(item.run)}
            >
              <span className="menu-check" aria-hidden="true" />
              <span className="menu-label">{t(item.label)}</span>
              {item.chord && <kbd>{item.chord}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
