// Preload (sandboxed, bundled to CommonJS as out/electron/preload.cjs): exposes window.balado.
// Errors: invoke resolves with the value of an ok envelope and REJECTS with a plain object
// `{ baladoError: WireError }` otherwise (contextBridge strips Error subclasses); the renderer
// client turns that into `AppError.fromWire(reason.baladoError)`. See bridge.ts.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge.js';

contextBridge.exposeInMainWorld(
  'balado',
  createBridge({ ipc: ipcRenderer, getPathForFile: (file) => webUtils.getPathForFile(file) }),
);
