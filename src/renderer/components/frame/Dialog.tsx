// A modal built on <dialog>: the browser gives focus trapping, Esc and the backdrop for free.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from './Icon';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** Hide the title bar (the command palette is its own header). */
  bare?: boolean;
}

export function Dialog({ title, onClose, children, className = '', testId, bare = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the close button; typing should start in the first field instead.
    dialog?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onMouseDown={(e) => {
        if (e.target === ref.current) onClose();
      }}
    >
      {!bare && (
        <header className="dialog-header">
          <h2>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
            <Icon name="close" />
          </button>
        </header>
      )}
      {children}
    </dialog>
  );
}
