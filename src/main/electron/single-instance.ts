// One running app per user-data folder: a second launch hands over to the first (which comes
// to the front) and quits, so two processes never open the same SQLite library.
import { app } from 'electron';

/** False when another instance holds the lock: the caller quits at once. */
export function claimSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondLaunch());
  return true;
}
