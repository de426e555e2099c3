// Every contract event reaches the windows on its channel, until unsubscribed.
import { describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, channelOf, type EventMap, type EventName } from '../../../../src/shared/api/contract.js';
import { forwardEvents } from '../../../../src/main/electron/event-forwarding.js';

function fakeBus() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    listeners,
    emit: (name: EventName, payload: unknown) => listeners.get(name)?.forEach((l) => l(payload)),
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      // The bus is untyped inside; the public signature keeps callers honest.
      const l = listener as (payload: unknown) => void;
      set.add(l);
      listeners.set(event, set);
      return () => set.delete(l);
    },
  };
}

describe('forwardEvents', () => {
  it('subscribes to every event, broadcasts on its channel and unsubscribes', () => {
    const bus = fakeBus();
    const broadcast = vi.fn();
    const stop = forwardEvents(bus, broadcast);
    expect([...bus.listeners.keys()].sort()).toEqual([...EVENT_NAMES].sort());
    const progress = { jobId: 'j1', phase: 'hashing', bytesDone: 1, bytesTotal: 2 };
    bus.emit('import.progress', progress);
    expect(broadcast).toHaveBeenCalledWith(channelOf('import.progress'), progress);
    stop();
    bus.emit('import.progress', progress);
    expect(broadcast).toHaveBeenCalledOnce();
  });
});
