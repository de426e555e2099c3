// One ipcMain.handle per contract call: check the sender, dispatch, answer an Envelope. Nothing
// is thrown across IPC (Electron would flatten it to a bare message); failures are envelopes.
import type { IpcMain } from 'electron';
import { CALL_NAMES, channelOf, type CallName } from '../../shared/api/contract.js';
import { AppError, type Envelope } from '../../shared/api/errors.js';
import type { Settings } from '../../shared/domain/types.js';
import type { SenderInfo } from './sender-check.js';
import type { ShellServices } from './shell-services.js';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: ShellServices['dispatch'];
  isTrustedSender(event: SenderInfo): boolean;
  /** The shell follows the settings (menu language, native theme) without polling. */
  onSettingsChanged(settings: Settings): void;
}

export async function handleCall(deps: IpcDeps, name: CallName, event: SenderInfo, args: unknown): Promise<Envelope<unknown>> {
  if (!deps.isTrustedSender(event)) {
    console.warn(`[ipc] refused ${name} from an untrusted frame: ${event.senderFrame?.url ?? '(detached)'}`);
    return { ok: false, error: new AppError('unauthorized').toWire() };
  }
  let envelope: Envelope<unknown>;
  try {
    envelope = await deps.dispatch(name, args);
  } catch (error) {
    // dispatch promises never to throw; if it does, that is a bug: log it loudly, answer anyway.
    console.error(`[ipc] ${name} threw:`, error);
    return { ok: false, error: new AppError('internal', { problem: error instanceof Error ? error.message : String(error) }).toWire() };
  }
  if (name === 'settings.set' && envelope.ok) {
    // The contract types settings.set's result as Settings; dispatch returns the contract's values.
    deps.onSettingsChanged(envelope.value as Settings);
  }
  return envelope;
}

/** Registers every call of the contract; returns the function that removes them again. */
export function registerIpcHandlers(deps: IpcDeps): () => void {
  for (const name of CALL_NAMES) {
    deps.ipcMain.handle(channelOf(name), (event, args: unknown) => handleCall(deps, name, event, args));
  }
  return () => {
    for (const name of CALL_NAMES) deps.ipcMain.removeHandler(channelOf(name));
  };
}
