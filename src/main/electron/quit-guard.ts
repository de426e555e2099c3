// Holds the app's exit until the services have shut down (SQLite checkpoint, workers stopped),
// then lets it go; a second quit request meanwhile does not start a second shutdown.
import type { App } from 'electron';

export function holdQuitUntil(app: Pick<App, 'on' | 'quit'>, cleanup: () => Promise<void>): void {
  let state: 'running' | 'stopping' | 'done' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    cleanup()
      .catch((error: unknown) => console.error('[quit] shutdown failed:', error))
      .finally(() => {
        state = 'done';
        app.quit();
      });
  });
}
