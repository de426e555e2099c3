// The custom schemes and their privileges, registered once before `ready` (a second call to
// registerSchemesAsPrivileged would replace the first, so both live in one list).
import type { CustomScheme } from 'electron';
import { APP_SCHEME, MEDIA_SCHEME } from './app-origin.js';

export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  // standard: relative URLs and an origin; secure: counts as a secure context like https.
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  // stream: <audio> seeks with Range requests instead of buffering whole hour-long files.
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
];
