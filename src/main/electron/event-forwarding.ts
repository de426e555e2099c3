// Pushes every event of the contract from the services to the open windows, on the event's
// channel. Returns the function that unsubscribes them all (called on quit).
import { EVENT_NAMES, channelOf } from '../../shared/api/contract.js';
import type { ShellServices } from './shell-services.js';

export function forwardEvents(
  events: ShellServices['events'],
  broadcast: (channel: string, payload: unknown) => void,
): () => void {
  const unsubscribes = EVENT_NAMES.map((name) => events.on(name, (payload) => broadcast(channelOf(name), payload)));
  return () => {
    for (const off of unsubscribes) off();
  };
}
