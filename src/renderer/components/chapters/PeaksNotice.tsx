// Above the waveform: progress while peaks are computed (with cancel), what happened when they
// could not be (with a way to try again), and warnings about the audio (VBR drift, playback).
import type { PeaksStatus } from '../../hooks/use-peaks';
import { useI18n } from '../../i18n/i18n-context';
import { formatPercent } from '../../i18n/format';
import { Icon } from '../frame/Icon';
import { ProgressBar } from '../frame/ProgressBar';

interface Props {
  status: PeaksStatus;
  vbr: boolean;
  playbackError: string | null;
  onCancel: () => void;
  onRetry: () => void;
}

export function PeaksNotice({ status, vbr, playbackError, onCancel, onRetry }: Props) {
  const { t, lang } = useI18n();
  const notices = [];
  if (status.phase === 'waiting' || status.phase === 'computing') {
    const label = status.phase === 'waiting' ? t('peaks.waiting') : status.stage === 'overview' ? t('peaks.overview') : t('peaks.refining');
    const fraction = status.phase === 'computing' ? status.fraction : 0;
    notices.push(
      <div key="progress" className="peaks-progress" data-testid="peaks-progress">
        <span>{label}</span>
        <ProgressBar done={fraction} total={status.phase === 'computing' && status.stage === 'refining' ? 1 : 0} label={label} />
        <span className="tabular muted">{status.phase === 'computing' ? formatPercent(lang, fraction) : ''}</span>
        <button type="button" className="button small" onClick={onCancel} data-testid="peaks-cancel">{t('peaks.cancel')}</button>
      </div>,
    );
  }
  if (status.phase === 'cancelled' || status.phase === 'failed') {
    notices.push(
      <div key="stopped" className="warning" role="alert" data-testid="peaks-stopped">
        <Icon name="warning" />
        <span>{status.phase === 'cancelled' ? t('peaks.cancelled') : t('peaks.failed', { message: status.error.messages[lang] })}</span>
        <button type="button" className="button" onClick={onRetry} data-testid="peaks-retry">{t('peaks.retry')}</button>
      </div>,
    );
  }
  if (playbackError) {
    notices.push(
      <div key="playback" className="warning" role="alert" data-testid="playback-error">
        <Icon name="warning" />
        <span>{t('player.error', { message: playbackError })}</span>
      </div>,
    );
  }
  if (vbr) {
    notices.push(
      <p key="vbr" className="vbr-note" data-testid="vbr-warning"><span aria-hidden="true">⚠</span> {t('peaks.vbr')}</p>,
    );
  }
  return notices.length ? <div className="peaks-notices">{notices}</div> : null;
}
