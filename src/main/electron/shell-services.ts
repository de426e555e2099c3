// The narrow face of the plain-Node services that the shell needs. Only boot-services.ts knows
// the host's real types; every other shell module (and its tests) depends on this interface.
import type { Readable } from 'node:stream';
import type { Envelope } from '../../shared/api/errors.js';
import type { EventMap, EventName } from '../../shared/api/contract.js';
import type { Settings } from '../../shared/domain/types.js';

export interface MediaResponse {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: Readable | null;
}

export interface ShellServices {
  /** Validates and runs one contract call; never throws (errors come back as envelopes). */
  dispatch(name: string, rawArgs: unknown): Promise<Envelope<unknown>>;
  events: { on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void };
  settings(): Settings;
  /** The audio of a library asset, with HTTP Range; nothing outside the library. */
  media(assetId: number, rangeHeader: string | null): MediaResponse;
  shutdown(): Promise<void>;
}
