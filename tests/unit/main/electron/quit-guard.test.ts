// Quit waits for the services' shutdown exactly once, then goes through.
import { describe, expect, it, vi } from 'vitest';
import { holdQuitUntil } from '../../../../src/main/electron/quit-guard.js';

function fakeApp() {
  let willQuit: ((event: { preventDefault(): void }) => void) | null = null;
  const app = {
    on: (name: string, listener: typeof willQuit) => {
      if (name === 'will-quit') willQuit = listener;
      return app;
    },
    quit: vi.fn(() => fire()),
  };
  const fire = () => {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    willQuit?.(event);
    return event.prevented;
  };
  return { app, fire };
}

describe('holdQuitUntil', () => {
  it('holds the first quit, runs cleanup once, then lets the quit through', async () => {
    const { app, fire } = fakeApp();
    let finish: () => void = () => undefined;
    const cleanup = vi.fn(() => new Promise<void>((resolve) => { finish = resolve; }));
    // The fake matches the two members of App the guard uses.
    holdQuitUntil(app as never, cleanup);
    expect(fire()).toBe(true);
    expect(fire()).toBe(true);
    expect(cleanup).toHaveBeenCalledOnce();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(fire()).toBe(false);
  });

  it('still quits when cleanup fails', async () => {
    const { app } = fakeApp();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    holdQuitUntil(app as never, () => Promise.reject(new Error('disk gone')));
    app.quit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
  });
});
