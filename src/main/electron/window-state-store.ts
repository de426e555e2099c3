// Reads and writes window-state.json in userData: writes are debounced (a drag fires dozens of
// move events) and atomic (temp file + rename), so a crash never leaves half a JSON file.
import fs from 'node:fs';
import path from 'node:path';
import { parseWindowState, type WindowState } from './window-state.js';

export const WINDOW_STATE_FILE = 'window-state.json';

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function writeWindowStateAtomic(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temp, file);
}

export interface WindowStateWriter {
  /** Remember the latest state; it reaches disk `delayMs` after the last call. */
  schedule(state: WindowState): void;
  /** Write a pending state now (window closing, app quitting). */
  flush(): void;
}

export function createWindowStateWriter(
  file: string,
  delayMs = 500,
  onError: (error: unknown) => void = (e) => console.warn('[window-state] not saved:', e),
): WindowStateWriter {
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const state = pending;
    pending = null;
    try {
      writeWindowStateAtomic(file, state);
    } catch (error) {
      onError(error);
    }
  };

  return {
    schedule(state) {
      pending = state;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
