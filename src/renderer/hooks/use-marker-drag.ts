// Dragging a chapter marker on the waveform: live preview, snapping to the suggested boundaries
// (pauses) unless Alt is held; a press without movement is a click. Held past the detail view's
// edge, the view scrolls (faster the further out) and the marker follows; Escape cancels the drag
// and leaves the chapter where it was. The moves are followed on the window, not on the handle:
// a marker dragged past another is re-sorted, and React may move its element, which ends any
// pointer capture on it.
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { edgeScrollSpeed } from '../lib/edge-scroll';
import { snapTo } from '../lib/snap';
import { trackWidth, type PlayerStore } from '../lib/player-view';

export interface DragPreview {
  key: string;
  ms: number;
  /** Index of the suggestion it snapped to, -1 when free. */
  snap: number;
  /** The view is scrolling towards its start (-1) or end (1) with the marker pinned at that edge; 0 when not. */
  edge: -1 | 0 | 1;
}

interface Options {
  store: PlayerStore;
  suggestions: readonly number[];
  /** The visible detail view: past its left/right edges the drag scrolls it. */
  viewport: RefObject<HTMLElement | null>;
  scrollBy: (px: number) => void;
  onMove: (key: string, ms: number) => void;
  onClick: (key: string) => void;
  /** The press cancels the browser's focus change: the editor takes focus itself (for its keys). */
  onGrab: () => void;
}

interface Drag {
  key: string;
  startMs: number;
  startX: number;
  /** The view's scroll at the press: scrolling moves the marker as much as moving the pointer. */
  startScroll: number;
  moved: boolean;
  last: DragPreview;
  /** Latest pointer state: the auto-scroll moves the marker between pointer events. */
  x: number;
  alt: boolean;
  target: HTMLElement;
  pointerId: number;
  frame: number;
  frameTime: number;
  /** Ends the drag's subscription to the view (its scroll moves the marker). */
  unsubscribe: () => void;
  /** Sub-pixel scroll not yet applied (the view scrolls by whole pixels). */
  carry: number;
}

const CLICK_SLOP_PX = 3;
/** Longest frame step the auto-scroll accounts for: a stalled tab does not jump on its return. */
const MAX_FRAME_MS = 50;

export function useMarkerDrag({ store, suggestions, viewport, scrollBy, onMove, onClick, onGrab }: Options) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const drag = useRef<Drag | null>(null);
  // The drag's window listeners outlive the render that started it: they call the latest callbacks.
  const callbacks = useRef({ onMove, onClick });
  callbacks.current = { onMove, onClick };

  const place = useCallback((d: Drag) => {
    const v = store.get();
    const pxPerSec = trackWidth(v) / Math.max(1e-6, v.duration);
    const durationMs = v.duration * 1000;
    // Past an edge the marker stays at it, in sight, while the view scrolls under it.
    const rect = viewport.current?.getBoundingClientRect();
    const x = rect ? Math.min(rect.right - 1, Math.max(rect.left, d.x)) : d.x;
    const edge = rect ? Math.sign(edgeScrollSpeed(d.x, rect.left, rect.right)) as -1 | 0 | 1 : 0;
    const dx = x - d.startX + (v.scrollLeft - d.startScroll);
    const free = Math.min(durationMs, Math.max(0, d.startMs + (dx / pxPerSec) * 1000));
    const snapped = d.alt ? { ms: free, index: -1 } : snapTo(free, suggestions, pxPerSec);
    const next: DragPreview = { key: d.key, ms: Math.round(snapped.ms), snap: snapped.index, edge };
    if (next.ms === d.last.ms && next.snap === d.last.snap && next.edge === d.last.edge) return;
    d.last = next;
    setPreview(next);
  }, [store, suggestions, viewport]);

  // One animation frame of auto-scroll: runs for the whole drag, scrolls only past an edge. The
  // marker follows through the store (below), once the view's scroll event has reached it.
  const tick = useCallback((now: number) => {
    const d = drag.current;
    if (!d) return;
    const rect = viewport.current?.getBoundingClientRect();
    const speed = d.moved && rect ? edgeScrollSpeed(d.x, rect.left, rect.right) : 0;
    d.carry += (speed * Math.min(MAX_FRAME_MS, now - d.frameTime)) / 1000;
    d.frameTime = now;
    const whole = Math.trunc(d.carry);
    if (whole !== 0) {
      d.carry -= whole;
      scrollBy(whole);
    }
    if (speed === 0) d.carry = 0;
    d.frame = requestAnimationFrame(tick);
  }, [viewport, scrollBy]);

  // The window listeners of the drag in progress; stop() removes them.
  const listeners = useRef<{ move: (e: PointerEvent) => void; up: (e: PointerEvent) => void; cancel: (e: PointerEvent) => void } | null>(null);

  const stop = useCallback((): Drag | null => {
    const d = drag.current;
    if (!d) return null;
    drag.current = null;
    cancelAnimationFrame(d.frame);
    d.unsubscribe();
    setPreview(null);
    const l = listeners.current;
    if (l) {
      window.removeEventListener('pointermove', l.move);
      window.removeEventListener('pointerup', l.up);
      window.removeEventListener('pointercancel', l.cancel);
      listeners.current = null;
    }
    if (d.target.isConnected && d.target.hasPointerCapture(d.pointerId)) d.target.releasePointerCapture(d.pointerId);
    return d;
  }, []);

  const move = useCallback((e: PointerEvent) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    d.x = e.clientX;
    d.alt = e.altKey;
    if (!d.moved && Math.abs(d.x - d.startX) < CLICK_SLOP_PX) return;
    d.moved = true;
    place(d);
  }, [place]);

  const end = useCallback((e: PointerEvent) => {
    if (e.pointerId !== drag.current?.pointerId) return;
    const d = stop();
    if (!d) return;
    if (!d.moved) callbacks.current.onClick(d.key);
    else if (d.last.ms !== d.startMs) callbacks.current.onMove(d.key, d.last.ms);
  }, [stop]);

  const begin = useCallback((e: ReactPointerEvent<HTMLElement>, key: string, startMs: number) => {
    if (e.button !== 0 || drag.current) return;
    // No text selection or native drag while moving a marker.
    e.preventDefault();
    onGrab();
    // Keeps the moves coming while the pointer is outside the window (until React moves the node).
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = {
      key, startMs, startX: e.clientX, startScroll: store.get().scrollLeft, moved: false, last: { key, ms: startMs, snap: -1, edge: 0 },
      x: e.clientX, alt: e.altKey, target: e.currentTarget, pointerId: e.pointerId, frame: 0, frameTime: performance.now(), carry: 0,
      unsubscribe: () => undefined,
    };
    const d = drag.current;
    // The chapter layers move with the scroll as soon as the store has it: the marker is re-placed
    // in the same turn (flushSync), or it would trail the layer it sits in by a frame of scrolling.
    d.unsubscribe = store.subscribe(() => {
      if (d.moved && drag.current === d) flushSync(() => place(d));
    });
    const cancel = (c: PointerEvent) => {
      if (c.pointerId === drag.current?.pointerId) stop();
    };
    const l = { move, up: end, cancel };
    listeners.current = l;
    window.addEventListener('pointermove', l.move);
    window.addEventListener('pointerup', l.up);
    window.addEventListener('pointercancel', l.cancel);
    d.frame = requestAnimationFrame(tick);
  }, [onGrab, store, tick, move, end, stop, place]);

  // Escape during a drag: nothing is committed. Captured before the editor's own keys see it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !drag.current) return;
      e.preventDefault();
      e.stopPropagation();
      stop();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stop();
    };
  }, [stop]);

  const handlers = (key: string, startMs: number) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => begin(e, key, startMs),
  });

  return { preview, handlers };
}
