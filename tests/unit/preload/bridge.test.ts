// window.balado as built from the contract: exactly its names, envelopes unwrapped, errors as
// plain `{ baladoError }` objects, listeners removable, nothing else reachable.
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_NAMES, channelOf, type CallName, type EventName } from '../../../src/shared/api/contract.js';
import { AppError } from '../../../src/shared/api/errors.js';
import { MENU_CHANNEL } from '../../../src/shared/api/menu-commands.js';
import { createBridge, type IpcRendererLike } from '../../../src/preload/bridge.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (channel: string, args: unknown) => Promise<unknown>) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn((channel: string, args: unknown) => answer(channel, args)),
    on: vi.fn((channel: string, l: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l));
    }),
    removeListener: vi.fn((channel: string, l: Listener) => {
      listeners.get(channel)?.delete(l);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
  return { ipc, emit, listeners };
}

const bridgeWith = (answer: (channel: string, args: unknown) => Promise<unknown>) => {
  const fake = fakeIpc(answer);
  const getPathForFile = vi.fn(() => '/home/me/ep5.mp3');
  return { ...fake, getPathForFile, bridge: createBridge({ ipc: fake.ipc, getPathForFile }) };
};

const rejection = async (p: Promise<unknown>): Promise<unknown> => p.then(() => { throw new Error('resolved'); }, (r: unknown) => r);

describe('createBridge', () => {
  it('exposes the API and nothing else', () => {
    const { bridge } = bridgeWith(async () => ({ ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'onMenuCommand', 'pathForFile']);
  });

  it('invokes every contract call on its channel and resolves with the value', async () => {
    const { bridge, ipc } = bridgeWith(async (channel) => ({ ok: true, value: channel }));
    for (const name of CALL_NAMES) {
      // Each call's argument type differs; the fake ignores arguments.
      expect(await bridge.invoke(name, {} as never)).toBe(channelOf(name));
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(CALL_NAMES.length);
  });

  it('rejects names outside the contract without touching IPC', async () => {
    const { bridge, ipc } = bridgeWith(async () => ({ ok: true, value: 1 }));
    for (const name of ['shows.drop', 'constructor', '__proto__', '', 42, null]) {
      const reason = await rejection(bridge.invoke(name as CallName, {} as never));
      expect(reason).toMatchObject({ baladoError: { code: 'unknown_call' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('rejects with the WireError of an error envelope, rebuildable as AppError', async () => {
    const wire = new AppError('not_found', { what: 'show', ref: 9 }).toWire();
    const { bridge } = bridgeWith(async () => ({ ok: false, error: wire }));
    const reason = await rejection(bridge.invoke('shows.get', { id: 9 }));
    expect(reason).toEqual({ baladoError: wire });
    expect(Object.getPrototypeOf(reason)).toBe(Object.prototype);
    const rebuilt = AppError.fromWire((reason as { baladoError: typeof wire }).baladoError);
    expect(rebuilt.messages.fr).toBe('Introuvable : show 9');
  });

  it('turns IPC failures and malformed answers into internal errors', async () => {
    const broken = bridgeWith(() => Promise.reject(new Error('An object could not be cloned.')));
    expect(await rejection(broken.bridge.invoke('shows.list', {})))
      .toMatchObject({ baladoError: { code: 'internal', details: { problem: 'An object could not be cloned.' } } });
    const odd = bridgeWith(async () => 'surprise');
    expect(await rejection(odd.bridge.invoke('shows.list', {}))).toMatchObject({ baladoError: { code: 'internal' } });
  });

  it('delivers contract events without the IPC event, and unsubscribes', () => {
    const { bridge, emit, listeners } = bridgeWith(async () => null);
    const seen = vi.fn();
    const off = bridge.on('import.progress', seen);
    const payload = { jobId: 'a', phase: 'saving', bytesDone: 5, bytesTotal: 5 };
    emit(channelOf('import.progress'), payload);
    expect(seen).toHaveBeenCalledExactlyOnceWith(payload);
    off();
    off();
    emit(channelOf('import.progress'), payload);
    expect(seen).toHaveBeenCalledOnce();
    expect(listeners.get(channelOf('import.progress'))?.size).toBe(0);
  });

  it('subscribes to every contract event and refuses others', () => {
    const { bridge, ipc } = bridgeWith(async () => null);
    for (const event of EVENT_NAMES) bridge.on(event, () => undefined);
    expect(ipc.on.mock.calls.map(([c]) => c)).toEqual(EVENT_NAMES.map(channelOf));
    for (const event of ['shows.list', 'balado:menu', 'import.progress ', '__proto__']) {
      expect(() => bridge.on(event as EventName, () => undefined)).toThrow(/Unknown event/);
    }
  });

  it('passes only known menu commands', () => {
    const { bridge, emit } = bridgeWith(async () => null);
    const seen = vi.fn();
    const off = bridge.onMenuCommand(seen);
    emit(MENU_CHANNEL, 'import-audio');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { command: 'new-show' });
    expect(seen.mock.calls).toEqual([['import-audio']]);
    off();
    emit(MENU_CHANNEL, 'new-show');
    expect(seen).toHaveBeenCalledOnce();
  });

  it('asks webUtils for a dropped file path', () => {
    const { bridge, getPathForFile } = bridgeWith(async () => null);
    const file = new File(['x'], 'ep5.mp3');
    expect(bridge.pathForFile(file)).toBe('/home/me/ep5.mp3');
    expect(getPathForFile).toHaveBeenCalledWith(file);
  });
});
