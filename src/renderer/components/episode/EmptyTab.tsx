// An honest empty state for the tabs whose editors come in later issues.
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';

export function EmptyTab({ title, text, testId }: { title: MessageKey; text: MessageKey; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="empty-state tab-empty" data-testid={testId}>
      <h2>{t(title)}</h2>
      <p>{t(text)}</p>
    </div>
  );
}
