// Composes the services for a host (Electron or browser): opens the library, builds the
// handlers and the dispatch, and owns their shutdown. src/main/electron and web-main use this.

import path from 'node:path';
import { Library } from '../services/library/library.js';
import { APP_VERSION } from '../services/app-version.js';
import type { EventMap, EventName } from '../../shared/api/contract.js';
import { createDispatch, type Dispatch } from './dispatch.js';
import { EventBus } from './event-bus.js';
import { createHandlers } from './handlers.js';
import { anyUserPath, onlyInside } from './import-policy.js';
import { ShutdownTasks } from './shutdown-tasks.js';

export interface AppServices {
  library: Library;
  dispatch: Dispatch;
  events: { on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void };
  /** Folder where the browser host stores uploads before importing them. */
  importsDir: string;
  shutdown(): Promise<void>;
}

export interface BootOptions {
  libraryDir: string;
  canImportByPath: boolean;
  /** Desktop shell only: show a file in the file manager, ask where to save a backup. */
  reveal?: (file: string) => void;
  chooseBackupFile?: (suggestedName: string) => Promise<string | null>;
}

export async function bootServices(options: BootOptions): Promise<AppServices> {
  const library = Library.open(options.libraryDir);
  const events = new EventBus();
  const importsDir = path.join(library.dir, 'imports');
  const stopping = new ShutdownTasks();
  const handlers = createHandlers({
    library,
    events,
    importPolicy: options.canImportByPath ? anyUserPath : onlyInside(importsDir),
    info: { path: library.dir, appVersion: APP_VERSION, canImportByPath: options.canImportByPath },
    shutdown: stopping,
    reveal: options.reveal,
    chooseBackupFile: options.chooseBackupFile,
  });
  return {
    library,
    dispatch: createDispatch(handlers),
    events,
    importsDir,
    async shutdown() {
      // Running exports remove what they staged and peaks workers stop before the file closes.
      await stopping.run();
      library.close();
    },
  };
}
