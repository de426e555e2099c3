// Dragging a chapter marker on the waveform: pointer capture, live preview, snapping to the
// suggested boundaries (pauses) unless Alt is held; a press without movement is a click.
import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { snapTo } from '../lib/snap';
import { trackWidth, type PlayerStore } from '../lib/player-view';

export interface DragPreview {
  key: string;
  ms: number;
  /** Index of the suggestion it snapped to, -1 when free. */
  snap: number;
}

interface Options {
  store: PlayerStore;
  suggestions: readonly number[];
  onMove: (key: string, ms: number) => void;
  onClick: (key: string) => void;
  /** The press cancels the browser's focus change: the editor takes focus itself (for its keys). */
  onGrab: () => void;
}

const CLICK_SLOP_PX = 3;

export function useMarkerDrag({ store, suggestions, onMove, onClick, onGrab }: Options) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const drag = useRef<{ key: string; startX: number; startMs: number; moved: boolean; last: DragPreview } | null>(null);

  const begin = useCallback((e: ReactPointerEvent<HTMLElement>, key: string, startMs: number) => {
    if (e.button !== 0) return;
    // No text selection or native drag while moving a marker.
    e.preventDefault();
    onGrab();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { key, startX: e.clientX, startMs, moved: false, last: { key, ms: startMs, snap: -1 } };
  }, [onGrab]);

  const move = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.startX;
    if (!d.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
    d.moved = true;
    const v = store.get();
    const pxPerSec = trackWidth(v) / Math.max(1e-6, v.duration);
    const durationMs = v.duration * 1000;
    const free = Math.min(durationMs, Math.max(0, d.startMs + (dx / pxPerSec) * 1000));
    const snapped = e.altKey ? { ms: free, index: -1 } : snapTo(free, suggestions, pxPerSec);
    d.last = { key: d.key, ms: Math.round(snapped.ms), snap: snapped.index };
    setPreview(d.last);
  }, [store, suggestions]);

  const end = useCallback((e: ReactPointerEvent<HTMLElement>, cancelled = false) => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    setPreview(null);
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (cancelled) return;
    if (!d.moved) onClick(d.key);
    else if (d.last.ms !== d.startMs) onMove(d.key, d.last.ms);
  }, [onMove, onClick]);

  const handlers = (key: string, startMs: number) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => begin(e, key, startMs),
    onPointerMove: move,
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => end(e),
    onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => end(e, true),
  });

  return { preview, handlers };
}
