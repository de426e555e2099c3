// The object exposed as window.balado, built by a pure factory from the contract's name lists
// so it is unit-tested with a fake ipcRenderer. Only allowlisted channels are ever touched.
// Types only from contract.ts (erased); values from names.ts, which keeps zod out of the preload.
import type { BaladoApi, CallArgs, CallResult, EventMap } from '../shared/api/contract.js';
import { CALL_NAMES, EVENT_NAMES, channelOf, type CallName, type EventName } from '../shared/api/names.js';
import { AppError, type Envelope, type WireError } from '../shared/api/errors.js';
import { MENU_CHANNEL, isMenuCommand, type MenuCommand } from '../shared/api/menu-commands.js';

/** The slice of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface BridgeDeps {
  ipc: IpcRendererLike;
  getPathForFile(file: File): string;
}

/**
 * What a failed invoke rejects with. contextBridge drops the prototype and own fields of Error
 * objects (only `message` survives), so a plain object carries the WireError instead; the
 * renderer client rebuilds it with AppError.fromWire(reason.baladoError).
 */
interface BridgeRejection {
  baladoError: WireError;
}

export type BaladoBridge = BaladoApi & {
  pathForFile(file: File): string;
  /** Native menu commands (File ▸ Import audio…); proposed as an optional member of BaladoApi. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

const CALLS: ReadonlySet<string> = new Set(CALL_NAMES);
const EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

const reject = (error: AppError): Promise<never> =>
  Promise.reject<never>({ baladoError: error.toWire() } satisfies BridgeRejection);

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/** Subscribes `deliver` to one channel, dropping the IpcRendererEvent (it exposes the sender). */
function subscribe(ipc: IpcRendererLike, channel: string, deliver: (payload: unknown) => void): () => void {
  const wrapped = (_event: unknown, payload: unknown): void => deliver(payload);
  ipc.on(channel, wrapped);
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    ipc.removeListener(channel, wrapped);
  };
}

export function createBridge({ ipc, getPathForFile }: BridgeDeps): BaladoBridge {
  return {
    async invoke<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
      if (typeof name !== 'string' || !CALLS.has(name)) return reject(new AppError('unknown_call', { call: String(name) }));
      let answer: unknown;
      try {
        answer = await ipc.invoke(channelOf(name), args);
      } catch (error) {
        // Arguments that cannot be cloned, or main without a handler: still a typed error.
        return reject(new AppError('internal', { problem: error instanceof Error ? error.message : String(error) }));
      }
      if (!isEnvelope(answer)) return reject(new AppError('internal', { problem: `malformed answer to ${name}` }));
      // Main validated the call against the contract; its value is the contract's result type.
      if (answer.ok) return answer.value as CallResult<K>;
      return Promise.reject<never>({ baladoError: answer.error } satisfies BridgeRejection);
    },

    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      if (typeof event !== 'string' || !EVENTS.has(event)) throw new Error(`Unknown event: ${String(event)}`);
      if (typeof listener !== 'function') throw new Error('listener must be a function');
      // Only main sends on contract channels, with that event's payload.
      return subscribe(ipc, channelOf(event), (payload) => listener(payload as EventMap[E]));
    },

    pathForFile: (file: File): string => getPathForFile(file),

    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new Error('listener must be a function');
      return subscribe(ipc, MENU_CHANNEL, (command) => {
        if (isMenuCommand(command)) listener(command);
      });
    },
  };
}
