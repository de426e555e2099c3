// Typed pub/sub for the events of the contract (import progress now; peaks, export later).
// Hosts (Electron IPC, browser SSE) subscribe; services publish through callbacks given to them.

import type { EventMap, EventName } from '../../shared/api/contract.js';

type Listener<E extends EventName> = (payload: EventMap[E]) => void;

export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        // A broken subscriber (closed window, dropped SSE stream) must not stop the job.
        console.error(`[events] listener for ${event} failed`, error);
      }
    }
  }
}
