// wavesurfer.js in the detail view: fed with precomputed peaks (never decoding in the browser),
// playing through its media element from the Range-capable media route. Publishes playhead,
// scroll and zoom to a PlayerStore; zooms pick a peak level with about one bin per device pixel.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import WaveSurfer from 'wavesurfer.js';
import type { PeakBuffer, PeakArrays } from '../lib/peak-levels';
import { createPlayerStore, MAX_PX_PER_SEC, visibleRange, type PlayerStore } from '../lib/player-view';
import { cssVar, onThemeChange } from '../lib/theme-colors';

interface Options {
  container: RefObject<HTMLDivElement | null>;
  url: string;
  /** Seconds, used until the buffer knows better. */
  duration: number;
  buffer: PeakBuffer | null;
  /** PeakBuffer.version: redraw when the peaks fill in. */
  version: number;
  height: number;
  /** A click on the waveform moved the playhead there. */
  onClickTime?: (seconds: number) => void;
}

const colors = () => ({
  waveColor: cssVar('--wave'),
  progressColor: cssVar('--wave-played'),
  cursorColor: cssVar('--playhead'),
});

export function useWaveform({ container, url, duration, buffer, version, height, onClickTime }: Options) {
  // One store for the view's life: a better duration later is a store update, not a new player.
  const [store] = useState<PlayerStore>(() => createPlayerStore(duration));
  const ws = useRef<WaveSurfer | null>(null);
  const level = useRef<PeakArrays | null>(null);
  const source = useRef('');
  const clickRef = useRef(onClickTime);
  const [error, setError] = useState<string | null>(null);
  clickRef.current = onClickTime;

  const measure = useCallback(() => {
    const w = ws.current;
    if (!w) return;
    const width = w.getWidth();
    const { zoom, duration: d } = store.get();
    const fit = d > 0 ? width / d : 0;
    store.set({ width, pxPerSec: Math.max(zoom, fit), scrollLeft: w.getScroll() });
  }, [store]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Our own media element: wavesurfer then never pauses it when new peaks are loaded, and an
    // absolute URL equal to its src makes each load() a redraw instead of a reload of the audio.
    const media = document.createElement('audio');
    // Metadata only: a 3-hour file is streamed by Range requests as it plays, not fetched ahead.
    media.preload = 'metadata';
    const src = new URL(url, document.baseURI).href;
    // Transparent until peaks arrive: a flat line would read as silence.
    const w = WaveSurfer.create({
      container: element, height, media, waveColor: 'transparent', progressColor: 'transparent', cursorColor: cssVar('--playhead'),
      cursorWidth: 2, normalize: false, interact: true, autoScroll: true, autoCenter: true, hideScrollbar: true, minPxPerSec: 0,
    });
    ws.current = w;
    source.current = src;
    level.current = null;
    const subscriptions = [
      w.on('timeupdate', (time) => store.set({ time })),
      w.on('play', () => store.set({ playing: true })),
      w.on('pause', () => store.set({ playing: false })),
      w.on('finish', () => store.set({ playing: false })),
      w.on('scroll', (_start, _end, scrollLeft) => store.set({ scrollLeft })),
      w.on('redraw', measure),
      w.on('resize', measure),
      w.on('interaction', (time) => clickRef.current?.(time)),
      // Async failures (the media route, the stream for playback) arrive here.
      w.on('error', (e) => setError(e.message || String(e))),
    ];
    const onMediaError = () => setError(media.error?.message || `media error ${media.error?.code ?? ''}`.trim());
    media.addEventListener('error', onMediaError);
    // Until peaks arrive the view is a flat line of the right length, and the audio already plays.
    void w.load(src, [new Float32Array(1)], store.get().duration).catch(() => undefined);
    const stopTheme = onThemeChange(() => {
      if (level.current) w.setOptions(colors());
    });
    return () => {
      stopTheme();
      subscriptions.forEach((off) => off());
      media.removeEventListener('error', onMediaError);
      w.destroy();
      media.pause();
      media.removeAttribute('src');
      media.load();
      ws.current = null;
    };
  }, [container, url, height, store, measure]);

  /** Draws the level of the buffer that suits the zoom; a no-op when it is already on screen. */
  const draw = useCallback((force: boolean): Promise<void> | null => {
    const w = ws.current;
    if (!w || !buffer) return null;
    const view = store.get();
    const fit = view.width > 0 ? view.width / buffer.duration : 0;
    const px = Math.max(view.zoom, fit, 1e-3);
    const next = buffer.level(px * (window.devicePixelRatio || 1));
    if (!force && next === level.current) return null;
    level.current = next;
    store.set({ duration: buffer.duration });
    // setOptions({ peaks }) would redraw the old data (wavesurfer 8): load() with the same src draws
    // the new peaks; zoom and colours ride along in the options render reads (no extra redraw).
    Object.assign(w.options, colors(), { minPxPerSec: view.zoom });
    return w.load(source.current, [next.max, next.min], buffer.duration).catch(() => undefined);
  }, [buffer, store]);

  useEffect(() => void draw(true), [draw, version]);

  /** Zooms to `pxPerSec` (0 = fit) keeping `anchor` (seconds; default playhead or centre) where it is on screen. */
  const zoomTo = useCallback((pxPerSec: number, anchor?: number) => {
    const w = ws.current;
    if (!w) return;
    const before = store.get();
    const fit = before.width / Math.max(1e-6, before.duration);
    const zoom = pxPerSec <= fit * 1.01 ? 0 : Math.min(MAX_PX_PER_SEC, pxPerSec);
    const [start, end] = visibleRange(before);
    const at = anchor ?? (before.time >= start && before.time <= end ? before.time : (start + end) / 2);
    const offset = at * before.pxPerSec - before.scrollLeft;
    store.set({ zoom, pxPerSec: Math.max(zoom, fit) });
    const px = Math.max(zoom, fit);
    const settle = () => {
      w.setScroll(Math.max(0, at * px - offset));
      measure();
    };
    const drawing = draw(false);
    if (drawing) return void drawing.then(settle);
    if (w.getDecodedData()) w.zoom(zoom);
    settle();
  }, [store, draw, measure]);

  const controls = useMemo(() => ({
    playPause: () => void ws.current?.playPause(),
    play: () => void ws.current?.play(),
    pause: () => ws.current?.pause(),
    seek: (seconds: number) => ws.current?.setTime(Math.max(0, Math.min(store.get().duration, seconds))),
    setRate: (rate: number) => {
      ws.current?.setPlaybackRate(rate, true);
      store.set({ rate });
    },
    /** Scrolls the detail view so `seconds` is visible (centred when it was off screen). */
    reveal: (seconds: number) => {
      const w = ws.current;
      const view = store.get();
      const [start, end] = visibleRange(view);
      if (!w || (seconds >= start && seconds <= end)) return;
      w.setScroll(Math.max(0, seconds * view.pxPerSec - view.width / 2));
    },
    scrollBy: (px: number) => ws.current?.setScroll(Math.max(0, (ws.current?.getScroll() ?? 0) + px)),
    scrollTo: (seconds: number) => {
      const view = store.get();
      ws.current?.setScroll(Math.max(0, seconds * view.pxPerSec));
    },
    zoomTo,
  }), [store, zoomTo]);

  return { store, controls, error };
}

export type WaveformControls = ReturnType<typeof useWaveform>['controls'];
