// What the waveform view and the player share with the pieces drawn around them (ruler, chapter
// layer, overview, time display): changes every frame, so it lives in a Store, not in React state.
import { createStore, type Store } from './store';

export interface PlayerView {
  /** Playhead, seconds. */
  time: number;
  playing: boolean;
  rate: number;
  /** Seconds the waveform spans (exact once peaks are known). */
  duration: number;
  /** Requested zoom; 0 = the whole episode fits. */
  zoom: number;
  /** Effective pixels per second on screen. */
  pxPerSec: number;
  scrollLeft: number;
  /** Visible width of the detail view, px. */
  width: number;
}

export type PlayerStore = Store<PlayerView>;

export const MAX_PX_PER_SEC = 1000;

export function createPlayerStore(duration: number): PlayerStore {
  return createStore<PlayerView>({ time: 0, playing: false, rate: 1, duration, zoom: 0, pxPerSec: 0, scrollLeft: 0, width: 0 });
}

/** Visible stretch of the detail view, seconds. */
export function visibleRange(v: PlayerView): [number, number] {
  if (v.pxPerSec <= 0) return [0, v.duration];
  const start = v.scrollLeft / v.pxPerSec;
  return [start, Math.min(v.duration, start + v.width / v.pxPerSec)];
}

/** Width of the whole waveform in px, as wavesurfer lays it out. */
export const trackWidth = (v: PlayerView): number => Math.max(v.width, Math.ceil(v.duration * v.pxPerSec));
