// The whole episode at a glance: waveform, chapter bands, the detail view's window and the
// playhead. Click to move the playhead there; drag the window to scroll the detail view.
import { useEffect, useRef } from 'react';
import type { EditorChapter } from '../../lib/chapter-edits';
import type { PeakBuffer } from '../../lib/peak-levels';
import { visibleRange, type PlayerStore } from '../../lib/player-view';
import { cssVar, onThemeChange } from '../../lib/theme-colors';
import type { WaveformControls } from '../../hooks/use-waveform';
import { useI18n } from '../../i18n/i18n-context';

const HEIGHT = 46;

interface Props {
  store: PlayerStore;
  buffer: PeakBuffer | null;
  version: number;
  chapters: EditorChapter[];
  selected: string | null;
  controls: WaveformControls;
}

export function OverviewStrip({ store, buffer, version, chapters, selected, controls }: Props) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const wave = useRef<{ key: string; image: HTMLCanvasElement } | null>(null);
  const grab = useRef<number | null>(null);

  useEffect(() => {
    let frame = 0;
    const paint = () => {
      frame = 0;
      const c = canvas.current;
      if (!c) return;
      const width = c.clientWidth;
      const dpr = window.devicePixelRatio || 1;
      if (c.width !== Math.round(width * dpr)) {
        c.width = Math.round(width * dpr);
        c.height = HEIGHT * dpr;
      }
      const ctx = c.getContext('2d');
      const v = store.get();
      if (!ctx || width <= 0 || v.duration <= 0) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const x = (seconds: number) => (seconds / v.duration) * width;
      ctx.fillStyle = cssVar('--wave-bg');
      ctx.fillRect(0, 0, width, HEIGHT);
      chapters.forEach((ch, i) => {
        const end = chapters[i + 1]?.startMs ?? v.duration * 1000;
        ctx.fillStyle = cssVar(i % 2 ? '--band-b' : '--band-a');
        ctx.fillRect(x(ch.startMs / 1000), 0, x(end / 1000) - x(ch.startMs / 1000), HEIGHT);
      });
      ctx.drawImage(waveImage(width, dpr), 0, 0, width, HEIGHT);
      ctx.fillStyle = cssVar('--band-edge');
      for (const ch of chapters) ctx.fillRect(Math.round(x(ch.startMs / 1000)), 0, 1, HEIGHT);
      const chosen = chapters.findIndex((ch) => ch.key === selected);
      if (chosen >= 0) {
        const from = x((chapters[chosen]?.startMs ?? 0) / 1000);
        const to = x((chapters[chosen + 1]?.startMs ?? v.duration * 1000) / 1000);
        ctx.strokeStyle = cssVar('--band-edge');
        ctx.lineWidth = 2;
        ctx.strokeRect(from + 1, 1, Math.max(2, to - from - 2), HEIGHT - 2);
      }
      if (v.zoom > 0) {
        const [start, end] = visibleRange(v);
        ctx.fillStyle = cssVar('--overview-window');
        ctx.fillRect(x(start), 0, Math.max(3, x(end) - x(start)), HEIGHT);
        ctx.strokeStyle = cssVar('--accent');
        ctx.lineWidth = 1;
        ctx.strokeRect(x(start) + 0.5, 0.5, Math.max(3, x(end) - x(start)) - 1, HEIGHT - 1);
      }
      ctx.fillStyle = cssVar('--playhead');
      ctx.fillRect(Math.round(x(v.time)) - 1, 0, 2, HEIGHT);
    };

    // The waveform itself only changes with the peaks, the width or the theme: drawn once, reused.
    const waveImage = (width: number, dpr: number) => {
      const key = `${version}|${width}|${dpr}|${document.documentElement.dataset.theme}`;
      if (wave.current?.key === key) return wave.current.image;
      const image = document.createElement('canvas');
      image.width = Math.round(width * dpr);
      image.height = HEIGHT * dpr;
      const ctx = image.getContext('2d');
      if (ctx && buffer) {
        const { min, max } = buffer.sample(image.width);
        const mid = image.height / 2;
        ctx.fillStyle = cssVar('--wave');
        for (let i = 0; i < image.width; i++) {
          const top = mid - (max[i] ?? 0) * mid * 0.95;
          const bottom = mid - (min[i] ?? 0) * mid * 0.95;
          ctx.fillRect(i, top, 1, Math.max(1, bottom - top));
        }
      }
      wave.current = { key, image };
      return image;
    };

    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    const off = store.subscribe(schedule);
    const stopTheme = onThemeChange(schedule);
    const resize = new ResizeObserver(schedule);
    if (canvas.current) resize.observe(canvas.current);
    schedule();
    return () => {
      off();
      stopTheme();
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [store, buffer, version, chapters, selected]);

  const timeAt = (clientX: number) => {
    const c = canvas.current;
    const v = store.get();
    if (!c) return 0;
    const rect = c.getBoundingClientRect();
    return Math.min(v.duration, Math.max(0, ((clientX - rect.left) / rect.width) * v.duration));
  };

  return (
    <canvas
      ref={canvas}
      className="overview"
      height={HEIGHT}
      aria-label={t('editor.overview')}
      data-testid="waveform-overview"
      onPointerDown={(e) => {
        const v = store.get();
        const at = timeAt(e.clientX);
        const [start, end] = visibleRange(v);
        if (v.zoom > 0 && at >= start && at <= end) {
          grab.current = at - start;
          e.currentTarget.setPointerCapture(e.pointerId);
        } else {
          controls.seek(at);
          controls.reveal(at);
        }
      }}
      onPointerMove={(e) => {
        if (grab.current === null) return;
        controls.scrollTo(timeAt(e.clientX) - grab.current);
      }}
      onPointerUp={() => {
        grab.current = null;
      }}
    />
  );
}
