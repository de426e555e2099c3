// A finding's severity as an icon and a word (never colour alone).
import type { FindingSeverity } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { Icon, type IconName } from '../frame/Icon';

export const SEVERITY_ICON: Record<FindingSeverity, IconName> = { error: 'error', warning: 'warning', info: 'info' };

export function SeverityLabel({ severity }: { severity: FindingSeverity }) {
  const { t } = useI18n();
  return (
    <span className={`severity severity-${severity}`}>
      <Icon name={SEVERITY_ICON[severity]} />
      {t(`release.severity.${severity}`)}
    </span>
  );
}
