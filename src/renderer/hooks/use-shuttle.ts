// J/K/L shuttle as in video and audio editors: L plays forward (again: faster), J rewinds
// (again: faster; media elements cannot play backwards, so the playhead moves back silently),
// K stops and restores the speed chosen in the player bar.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PlayerStore } from '../lib/player-view';
import type { WaveformControls } from './use-waveform';

const FORWARD = [1, 1.5, 2];
const BACKWARD = [1, 2, 4];
const TICK_MS = 50;

export function useShuttle(store: PlayerStore, controls: WaveformControls) {
  const state = useRef({ dir: 0 as -1 | 0 | 1, step: 0, rate: 1, timer: 0 });

  const stopRewind = useCallback(() => {
    window.clearInterval(state.current.timer);
    state.current.timer = 0;
  }, []);

  const stop = useCallback(() => {
    const s = state.current;
    stopRewind();
    controls.pause();
    if (s.dir === 1) controls.setRate(s.rate);
    s.dir = 0;
  }, [controls, stopRewind]);

  const forward = useCallback(() => {
    const s = state.current;
    const fresh = s.dir !== 1 || !store.get().playing;
    if (fresh) {
      stopRewind();
      if (s.dir === 0) s.rate = store.get().rate;
      s.dir = 1;
      s.step = 0;
    } else {
      s.step = Math.min(FORWARD.length - 1, s.step + 1);
    }
    controls.setRate(FORWARD[s.step] ?? 1);
    controls.play();
  }, [controls, store, stopRewind]);

  const backward = useCallback(() => {
    const s = state.current;
    if (s.dir !== -1) {
      controls.pause();
      if (s.dir === 1) controls.setRate(s.rate);
      s.dir = -1;
      s.step = 0;
      s.timer = window.setInterval(() => {
        const time = store.get().time - (TICK_MS / 1000) * (BACKWARD[s.step] ?? 1);
        controls.seek(time);
        if (time <= 0) stop();
      }, TICK_MS);
    } else {
      s.step = Math.min(BACKWARD.length - 1, s.step + 1);
    }
  }, [controls, store, stop]);

  /** Space and other transport keys end a rewind first. */
  const release = useCallback(() => {
    if (state.current.dir === -1) {
      stopRewind();
      state.current.dir = 0;
    }
  }, [stopRewind]);

  useEffect(() => stopRewind, [stopRewind]);

  return useMemo(() => ({ forward, backward, stop, release }), [forward, backward, stop, release]);
}
