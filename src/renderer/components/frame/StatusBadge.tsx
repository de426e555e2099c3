// An episode's workflow status as a coloured dot with its word: never colour alone.
import type { EpisodeStatus, SpokenLanguage } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';

export function StatusBadge({ status, compact = false }: { status: EpisodeStatus; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}${compact ? ' compact' : ''}`}>
      <span className="status-dot" aria-hidden="true" />
      <span className="status-label">{t(`status.${status}`)}</span>
    </span>
  );
}

export function SpokenBadge({ spoken }: { spoken: SpokenLanguage }) {
  const { t } = useI18n();
  return (
    <span className="lang-badge" title={t(`spokenLong.${spoken}`)}>
      {t(`spoken.${spoken}`)}
    </span>
  );
}
