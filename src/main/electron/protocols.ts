// Serves the two custom schemes on the default session (after `ready`; their privileges were
// registered before it, see schemes.ts).
import { protocol } from 'electron';
import { APP_SCHEME, MEDIA_SCHEME } from './app-origin.js';
import { appFileResponse, mediaResponse } from './protocol-responses.js';
import type { ShellServices } from './shell-services.js';

export function registerProtocols(rendererDir: string, media: ShellServices['media']): void {
  protocol.handle(APP_SCHEME, (request) => appFileResponse(rendererDir, request));
  protocol.handle(MEDIA_SCHEME, (request) => {
    try {
      return mediaResponse(media, request);
    } catch (error) {
      console.error('[media] failed:', request.url, error);
      return new Response('Internal error', { status: 500 });
    }
  });
}
