// Toasts in the UI language; errors stay until dismissed so they can be read.
import { useToasts } from '../../hooks/use-toasts';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from './Icon';

export function ToastStack() {
  const { toasts, dismiss } = useToasts();
  const { lang, t } = useI18n();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid={`toast-${toast.kind}`}>
          <Icon name={toast.kind === 'error' ? 'warning' : 'check'} />
          <span>{toast.text[lang]}</span>
          <button type="button" className="icon-button" onClick={() => dismiss(toast.id)} aria-label={t('common.close')}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
