// window-state.json: debounced, atomic writes that read back; a broken file reads as nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createWindowStateWriter, readWindowState, writeWindowStateAtomic,
} from '../../../../src/main/electron/window-state-store.js';

const state = (x: number) => ({ bounds: { x, y: 10, width: 1200, height: 800 }, maximized: false });

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-window-state-'));
  file = path.join(dir, 'nested', 'window-state.json');
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('window state on disk', () => {
  it('round-trips and leaves no temp file behind', () => {
    writeWindowStateAtomic(file, state(5));
    expect(readWindowState(file)).toEqual(state(5));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('reads a missing or corrupt file as null', () => {
    expect(readWindowState(file)).toBeNull();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"bounds":');
    expect(readWindowState(file)).toBeNull();
  });

  it('debounces: only the last of a burst is written, after the delay', () => {
    vi.useFakeTimers();
    const writer = createWindowStateWriter(file, 500);
    for (let x = 0; x < 20; x += 1) writer.schedule(state(x));
    vi.advanceTimersByTime(499);
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(readWindowState(file)).toEqual(state(19));
  });

  it('flush writes a pending state at once, and only once', () => {
    vi.useFakeTimers();
    const writer = createWindowStateWriter(file, 10_000);
    writer.schedule(state(7));
    writer.flush();
    expect(readWindowState(file)).toEqual(state(7));
    fs.rmSync(file);
    writer.flush();
    vi.runAllTimers();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reports a failed write instead of throwing', () => {
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const onError = vi.fn();
    const writer = createWindowStateWriter(path.join(blocker, 'window-state.json'), 0, onError);
    writer.schedule(state(1));
    writer.flush();
    expect(onError).toHaveBeenCalledOnce();
  });
});
