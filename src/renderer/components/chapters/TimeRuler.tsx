// The detail view's timeline in h:mm:ss: a canvas the width of the screen, redrawn (once per
// frame at most) as the view scrolls or zooms. Clicking it moves the playhead.
import { useEffect, useRef } from 'react';
import { formatRuler } from '../../lib/timecode';
import { rulerSpacing } from '../../lib/ruler-ticks';
import type { PlayerStore } from '../../lib/player-view';
import { trackWidth } from '../../lib/player-view';
import { cssVar, onThemeChange } from '../../lib/theme-colors';
import { useI18n } from '../../i18n/i18n-context';

const HEIGHT = 22;

export function TimeRuler({ store, onSeek }: { store: PlayerStore; onSeek: (seconds: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t } = useI18n();

  useEffect(() => {
    let frame = 0;
    const paint = () => {
      frame = 0;
      const c = canvas.current;
      const v = store.get();
      if (!c || v.width <= 0 || v.duration <= 0) return;
      const dpr = window.devicePixelRatio || 1;
      if (c.width !== Math.round(v.width * dpr)) {
        c.width = Math.round(v.width * dpr);
        c.height = HEIGHT * dpr;
        c.style.width = `${v.width}px`;
      }
      const ctx = c.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, v.width, HEIGHT);
      const px = trackWidth(v) / v.duration;
      const { label, minor } = rulerSpacing(px);
      const from = Math.max(0, Math.floor(v.scrollLeft / px / minor) * minor);
      const to = Math.min(v.duration, (v.scrollLeft + v.width) / px);
      ctx.strokeStyle = cssVar('--border-strong');
      ctx.fillStyle = cssVar('--text-muted');
      ctx.font = `11px ${cssVar('--mono')}`;
      ctx.textBaseline = 'top';
      ctx.beginPath();
      for (let i = Math.round(from / minor); i * minor <= to + 1e-9; i++) {
        const s = i * minor;
        const x = Math.round(s * px - v.scrollLeft) + 0.5;
        const major = Math.abs(s / label - Math.round(s / label)) < 1e-6;
        ctx.moveTo(x, major ? 4 : HEIGHT - 6);
        ctx.lineTo(x, HEIGHT);
        if (major) ctx.fillText(formatRuler(s, label < 1 ? 1 : 0), x + 4, 3);
      }
      ctx.stroke();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    let last = '';
    const off = store.subscribe(() => {
      const v = store.get();
      const key = `${v.scrollLeft}|${v.pxPerSec}|${v.width}|${v.duration}`;
      if (key !== last) {
        last = key;
        schedule();
      }
    });
    const stopTheme = onThemeChange(schedule);
    schedule();
    return () => {
      off();
      stopTheme();
      cancelAnimationFrame(frame);
    };
  }, [store]);

  return (
    <canvas
      ref={canvas}
      className="ruler"
      height={HEIGHT}
      aria-label={t('editor.ruler')}
      data-testid="waveform-ruler"
      onClick={(e) => {
        const v = store.get();
        const x = e.clientX - e.currentTarget.getBoundingClientRect().left + v.scrollLeft;
        onSeek((x / trackWidth(v)) * v.duration);
      }}
    />
  );
}
