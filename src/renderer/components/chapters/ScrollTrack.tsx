// A layer over (or under) the waveform whose content scrolls with it: the track is as wide as the
// whole waveform and is moved by a transform on every scroll, without a React render.
import { useEffect, useRef, type ReactNode } from 'react';
import { trackWidth, type PlayerStore } from '../../lib/player-view';

export function ScrollTrack({ store, className, children }: { store: PlayerStore; className: string; children: ReactNode }) {
  const track = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const place = () => {
      const v = store.get();
      const el = track.current;
      if (!el) return;
      el.style.width = `${trackWidth(v)}px`;
      el.style.transform = `translateX(${-v.scrollLeft}px)`;
    };
    place();
    return store.subscribe(place);
  }, [store]);
  return (
    <div className={`scroll-layer ${className}`}>
      <div ref={track} className="scroll-track">{children}</div>
    </div>
  );
}
