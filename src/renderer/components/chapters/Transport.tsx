// The player bar: play/pause, the playhead as h:mm:ss.mmm (typeable), the length, playback
// speed, zoom, and the loudness figures when the peaks pass measured them.
import type { MouseEvent } from 'react';
import type { LoudnessSummary } from '../../../shared/domain/types';
import type { WaveformControls } from '../../hooks/use-waveform';
import { useStore } from '../../hooks/use-store';
import { MAX_PX_PER_SEC, type PlayerStore } from '../../lib/player-view';
import { formatRuler } from '../../lib/timecode';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';
import { LoudnessBadge } from './LoudnessBadge';
import { TimeField } from './TimeField';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];
export const ZOOM_STEP = 2;

/** Buttons here keep the focus where it was, so Space still plays after clicking one (and are
 *  aria-disabled rather than disabled at the ends of the zoom range, for the same reason). */
const keepFocus = (e: MouseEvent) => {
  if ((e.target as HTMLElement).closest('button')) e.preventDefault();
};

export function Transport({ store, controls, loudness }: { store: PlayerStore; controls: WaveformControls; loudness: LoudnessSummary | null }) {
  const { t, lang } = useI18n();
  const playing = useStore(store, (v) => v.playing);
  const duration = useStore(store, (v) => v.duration);
  const rate = useStore(store, (v) => v.rate);
  const zoom = useStore(store, (v) => v.zoom);
  const px = useStore(store, (v) => v.pxPerSec);
  const pxLabel = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: px < 10 ? 1 : 0 }).format(px);
  return (
    <div className="transport" onMouseDown={keepFocus} data-testid="audio-player">
      <button type="button" className="play-button" onClick={controls.playPause} data-testid="play-pause"
        aria-label={playing ? t('player.pause') : t('player.play')} title={playing ? t('player.pause') : t('player.play')}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          {playing ? <path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" /> : <path d="M4.5 2.5v11l9-5.5z" fill="currentColor" />}
        </svg>
      </button>
      <TimeField store={store} controls={controls} />
      <span className="duration tabular muted">/ {formatRuler(duration)}</span>
      <label className="speed">
        <span className="visually-hidden">{t('player.speed')}</span>
        <select value={rate} onChange={(e) => controls.setRate(Number(e.target.value))} data-testid="speed" title={t('player.speed')}>
          {[...new Set([...SPEEDS, rate])].sort((a, b) => a - b).map((s) => (
            <option key={s} value={s}>{new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(s)}×</option>
          ))}
        </select>
      </label>
      <span className="zoom" role="group" aria-label={t('player.zoomLevel', { value: zoom > 0 ? `${pxLabel} px/s` : t('player.zoomFit') })}>
        <button type="button" className="icon-button" onClick={() => controls.zoomTo(px / ZOOM_STEP)} aria-disabled={zoom === 0}
          aria-label={t('player.zoomOut')} title={t('player.zoomOut')} data-testid="zoom-out">−</button>
        <span className="zoom-level tabular" data-testid="zoom-level">{pxLabel} px/s</span>
        <button type="button" className="icon-button" onClick={() => controls.zoomTo(px * ZOOM_STEP)} aria-disabled={px >= MAX_PX_PER_SEC}
          aria-label={t('player.zoomIn')} title={t('player.zoomIn')} data-testid="zoom-in">+</button>
        <button type="button" className="icon-button" onClick={() => controls.zoomTo(0)} aria-disabled={zoom === 0} data-testid="zoom-fit"
          aria-label={t('player.zoomFit')} title={t('player.zoomFit')}>
          <Icon name="fit" />
        </button>
      </span>
      <span className="spacer" />
      {loudness && <LoudnessBadge loudness={loudness} />}
    </div>
  );
}
