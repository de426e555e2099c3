// Who may call the API over IPC: only the top frame of one of our windows, showing the app
// origin. A subframe, a detached frame or a page that navigated elsewhere gets nothing.
import { isAppUrl } from './app-origin.js';

/** The parts of IpcMainInvokeEvent the check reads (structural, so tests need no Electron). */
export interface SenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function isTrustedSender(event: SenderInfo, ownWebContentsIds: readonly number[]): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return ownWebContentsIds.includes(event.sender.id);
}
