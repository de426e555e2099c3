// A running export: the phase, one bar over the whole export with its percentage, the bytes of
// the phase when it counts bytes, and Cancel (nothing is left behind when it stops). Only this
// component follows the progress, so the rest of the tab stays still while it moves.
import type { ReleaseProgress } from '../../../shared/domain/types';
import { useExportProgress } from '../../hooks/use-release-export';
import { formatBytes, formatPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { overallFraction } from '../../lib/release-progress';
import { Icon } from '../frame/Icon';
import { ProgressBar } from '../frame/ProgressBar';

const BYTE_PHASES: ReadonlySet<ReleaseProgress['phase']> = new Set(['writing', 'zipping']);
const STEPS = 1000;

interface Props {
  showId: number;
  zip: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function ExportProgress({ showId, zip, cancelling, onCancel }: Props) {
  const { t, lang } = useI18n();
  const progress = useExportProgress(showId);
  const fraction = progress ? overallFraction(progress, zip) : 0;
  const phase = progress ? t(`release.phase.${progress.phase}`) : t('release.progress.waiting');
  const bytes = progress && BYTE_PHASES.has(progress.phase) && progress.total > 0
    ? t('release.progress.bytes', { done: formatBytes(lang, progress.done), total: formatBytes(lang, progress.total) })
    : '';
  return (
    <section className="release-progress" data-testid="release-progress" data-phase={progress?.phase ?? 'waiting'} aria-label={t('release.progress.label')}>
      <div className="release-progress-head">
        <span className="release-progress-phase" data-testid="release-phase">{phase}</span>
        <span className="release-progress-bytes tabular muted">{bytes}</span>
        <span className="release-progress-percent tabular" data-testid="release-percent">{formatPercent(lang, fraction)}</span>
        <button type="button" className="button small" onClick={onCancel} disabled={cancelling} data-testid="release-cancel">
          <Icon name="close" size={12} />
          {cancelling ? t('release.cancelling') : t('release.cancel')}
        </button>
      </div>
      <ProgressBar done={Math.round(fraction * STEPS)} total={STEPS} label={`${t('release.progress.label')} — ${phase}`} />
    </section>
  );
}
