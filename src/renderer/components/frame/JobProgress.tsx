// One background job as a label and a progress bar (upload, hashing, probing, saving, peaks, release export).
import type { Job } from '../../hooks/use-jobs';
import { useI18n } from '../../i18n/i18n-context';
import { formatPercent } from '../../i18n/format';
import { ProgressBar } from './ProgressBar';

function useJobLabel() {
  const { t } = useI18n();
  return (job: Job) => {
    const name = job.fileName;
    switch (job.phase) {
      case 'uploading': return t('import.uploading', { name });
      case 'hashing': return t('import.hashing', { name });
      case 'probing': return t('import.probing', { name });
      case 'saving':
      case 'done': return t('import.saving', { name });
      case 'peaks': return t('peaks.job', { name });
      case 'release': return t('release.job', { name });
      default: {
        const never: never = job.phase;
        return never;
      }
    }
  };
}

export function JobProgress({ job, compact = false }: { job: Job; compact?: boolean }) {
  const { lang } = useI18n();
  const label = useJobLabel()(job);
  const ratio = job.total > 0 ? job.done / job.total : 0;
  return (
    <div className={`job${compact ? ' compact' : ''}`} data-testid="job">
      <span className="job-label">{label}</span>
      <ProgressBar done={job.done} total={job.total} label={label} />
      <span className="job-percent tabular">{formatPercent(lang, ratio)}</span>
    </div>
  );
}
