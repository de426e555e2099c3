// Full-resolution peaks for what the zoomed detail view shows: fetched from peaks.get `detail`
// in fixed stretches around the visible window (one screen either side), each once, one at a time.
import { useEffect, useRef } from 'react';
import type { PeaksView } from '../../shared/domain/types';
import { getApi } from '../api/client';
import type { PeakBuffer } from '../lib/peak-levels';
import { visibleRange, type PlayerStore } from '../lib/player-view';

const CHUNK_SECONDS = 300;

export function usePeakDetail(episodeId: number, view: PeaksView | null, buffer: PeakBuffer | null, store: PlayerStore, onFilled: () => void) {
  const fetched = useRef(new Set<number>());
  const filledRef = useRef(onFilled);
  filledRef.current = onFilled;

  useEffect(() => {
    fetched.current = new Set();
    if (!view || !buffer || buffer.duration !== view.duration) return;
    // The overview already is full resolution for short episodes.
    if (view.overview.bins >= Math.floor(view.duration * view.perSecond)) return;
    const overviewPerSecond = view.overview.bins / view.duration;
    let live = true;
    let busy = false;
    let timer: number | undefined;

    const wanted = (): number | null => {
      const v = store.get();
      if (v.pxPerSec * (window.devicePixelRatio || 1) <= overviewPerSecond * 1.5) return null;
      const [start, end] = visibleRange(v);
      const margin = end - start;
      const first = Math.max(0, Math.floor((start - margin) / CHUNK_SECONDS));
      const last = Math.floor(Math.min(view.duration - 1e-6, end + margin) / CHUNK_SECONDS);
      // Nearest the middle of the screen first.
      const middle = (start + end) / 2 / CHUNK_SECONDS;
      const missing = [];
      for (let c = first; c <= last; c++) if (!fetched.current.has(c)) missing.push(c);
      missing.sort((a, b) => Math.abs(a + 0.5 - middle) - Math.abs(b + 0.5 - middle));
      return missing[0] ?? null;
    };

    const pump = () => {
      if (!live || busy) return;
      const chunk = wanted();
      if (chunk === null) return;
      busy = true;
      fetched.current.add(chunk);
      const startSec = chunk * CHUNK_SECONDS;
      const endSec = Math.min(view.duration, startSec + CHUNK_SECONDS);
      getApi().invoke('peaks.get', { episodeId, jobId: crypto.randomUUID(), overviewBins: 1, detail: { startSec, endSec } }).then(
        (result) => {
          if (!live || !result.detail) return;
          const { startSec: from, perSecond, min, max } = result.detail;
          buffer.setStretch({ startSec: from, perSecond, min, max });
          filledRef.current();
        },
        // A stretch that failed keeps the overview there; it is not asked again in a loop.
        () => undefined,
      ).finally(() => {
        busy = false;
        later(30);
      });
    };

    // Throttled, not debounced: the store changes every frame during playback.
    const later = (ms: number) => {
      if (!live || timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        pump();
      }, ms);
    };
    const off = store.subscribe(() => later(120));
    pump();
    return () => {
      live = false;
      off();
      window.clearTimeout(timer);
    };
  }, [episodeId, view, buffer, store]);
}
