// How the browser host carries the contract over HTTP (127.0.0.1 only). The renderer's HTTP
// client and the host both read these names, so they cannot drift apart.

/** The page is opened as http://127.0.0.1:PORT/?token=…; the UI keeps the token in memory. */
export const TOKEN_QUERY = 'token';
/** Calls send the token in this header (fetch); EventSource and <audio> send it as ?token=. */
export const TOKEN_HEADER = 'x-balado-token';

/** POST JSON args, answers an Envelope. */
export const callPath = (name: string): string => `/api/call/${name}`;
/** Server-Sent Events: `event: <EventName>`, `data: <json payload>`. */
export const EVENTS_PATH = '/api/events';
/** POST raw file bytes (?name=file.mp3); answers Envelope<{ path }> inside the library's imports folder. */
export const UPLOAD_PATH = '/api/upload';
/** GET with Range support: the audio of a library asset. */
export const mediaPath = (assetId: number): string => `/media/${assetId}`;
