// Every contract call gets a handler that checks the sender, dispatches and answers an envelope.
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf } from '../../../../src/shared/api/contract.js';
import type { Envelope } from '../../../../src/shared/api/errors.js';
import { handleCall, registerIpcHandlers, type IpcDeps } from '../../../../src/main/electron/ipc.js';
import { isTrustedSender, type SenderInfo } from '../../../../src/main/electron/sender-check.js';

const trusted: SenderInfo = { sender: { id: 1 }, senderFrame: { url: 'app://balado/index.html', parent: null } };

function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
  return {
    handlers,
    // Matches ipcMain's handle/removeHandler for what the module uses.
    ipcMain: {
      handle: (channel: string, fn: (event: SenderInfo, ...args: unknown[]) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      },
      removeHandler: (channel: string) => void handlers.delete(channel),
    } as unknown as IpcDeps['ipcMain'],
  };
}

function deps(over: Partial<IpcDeps> = {}): IpcDeps {
  return {
    ipcMain: fakeIpcMain().ipcMain,
    dispatch: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: 'v' })),
    isTrustedSender: (e) => isTrustedSender(e, [1]),
    onSettingsChanged: vi.fn(),
    ...over,
  };
}

describe('registerIpcHandlers', () => {
  it('handles exactly the contract channels and removes them again', async () => {
    const fake = fakeIpcMain();
    const d = deps({ ipcMain: fake.ipcMain });
    const dispose = registerIpcHandlers(d);
    expect([...fake.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    const answer = await fake.handlers.get(channelOf('shows.get'))?.(trusted, { id: 3 }, 'extra');
    expect(answer).toEqual({ ok: true, value: 'v' });
    expect(d.dispatch).toHaveBeenCalledWith('shows.get', { id: 3 });
    dispose();
    expect(fake.handlers.size).toBe(0);
  });
});

describe('handleCall', () => {
  it('refuses untrusted senders without dispatching', async () => {
    const d = deps();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const event of [
      { sender: { id: 1 }, senderFrame: null },
      { sender: { id: 1 }, senderFrame: { url: 'app://balado/index.html', parent: {} } },
      { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: 2 }, senderFrame: { url: 'app://balado/index.html', parent: null } },
    ] satisfies SenderInfo[]) {
      const answer = await handleCall(d, 'library.info', event, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(d.dispatch).not.toHaveBeenCalled();
  });

  it('passes error envelopes through and turns a throwing dispatch into one', async () => {
    const notFound: Envelope<unknown> = {
      ok: false, error: { code: 'not_found', message: { fr: 'Introuvable', en: 'Not found' }, details: {} },
    };
    expect(await handleCall(deps({ dispatch: async () => notFound }), 'shows.get', trusted, { id: 9 })).toEqual(notFound);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await handleCall(deps({ dispatch: () => Promise.reject(new Error('boom')) }), 'shows.list', trusted, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', details: { problem: 'boom' } } });
  });

  it('tells the shell when settings changed, and only then', async () => {
    const settings = { uiLanguage: 'fr', theme: 'dark' };
    const d = deps({ dispatch: async () => ({ ok: true, value: settings }) });
    await handleCall(d, 'settings.get', trusted, {});
    expect(d.onSettingsChanged).not.toHaveBeenCalled();
    await handleCall(d, 'settings.set', trusted, { theme: 'dark' });
    expect(d.onSettingsChanged).toHaveBeenCalledWith(settings);
  });
});
