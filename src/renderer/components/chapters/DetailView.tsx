// The zoomable detail view: ruler, the lane of chapter handles, the wavesurfer waveform with the
// chapter bands under it and the handles over it. Ctrl+wheel zooms around the pointer; the wheel
// alone scrolls through time once zoomed in.
import { useEffect, type ReactNode, type RefObject } from 'react';
import type { WaveformControls } from '../../hooks/use-waveform';
import { trackWidth, type PlayerStore } from '../../lib/player-view';
import { useI18n } from '../../i18n/i18n-context';
import { TimeRuler } from './TimeRuler';

interface Props {
  store: PlayerStore;
  waveRef: RefObject<HTMLDivElement | null>;
  /** The visible frame of the view (marker drags scroll past its edges). */
  bodyRef: RefObject<HTMLDivElement | null>;
  controls: WaveformControls;
  /** Rendered under the wave (bands, ticks). */
  under: ReactNode;
  /** Rendered over it (handles). */
  over: ReactNode;
}

export function DetailView({ store, waveRef, bodyRef: body, controls, under, over }: Props) {
  const { t } = useI18n();

  const timeAt = (clientX: number) => {
    const v = store.get();
    const rect = body.current?.getBoundingClientRect();
    const x = clientX - (rect?.left ?? 0) + v.scrollLeft;
    return (x / Math.max(1, trackWidth(v))) * v.duration;
  };

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const v = store.get();
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const factor = Math.exp(-e.deltaY * 0.002);
        const rect = el.getBoundingClientRect();
        const at = ((e.clientX - rect.left + v.scrollLeft) / Math.max(1, trackWidth(v))) * v.duration;
        controls.zoomTo(v.pxPerSec * factor, at);
      } else if (v.zoom > 0 && Math.abs(e.deltaY) > Math.abs(e.deltaX)) {
        e.preventDefault();
        controls.scrollBy(e.deltaY);
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [store, controls]);

  return (
    <div className="detail">
      <TimeRuler store={store} onSeek={controls.seek} />
      <div className="detail-body" ref={body}>
        {under}
        <div className="lane" onClick={(e) => controls.seek(timeAt(e.clientX))} />
        <div className="wave" ref={waveRef} data-testid="waveform" aria-label={t('editor.detail')} role="img" />
        {over}
      </div>
    </div>
  );
}
