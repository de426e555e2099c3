// The contract over HTTP for the browser host: POST calls answering Envelopes, events over one
// shared EventSource, uploads with progress. See src/shared/api/web-protocol.ts.
import type { BaladoApi, CallArgs, CallName, CallResult, EventMap, EventName } from '../../shared/api/contract';
import { AppError, type Envelope } from '../../shared/api/errors';
import { EVENTS_PATH, TOKEN_HEADER, UPLOAD_PATH, callPath } from '../../shared/api/web-protocol';
import { toAppError } from './errors';

export function createHttpApi(token: string): BaladoApi {
  let source: EventSource | null = null;
  const events = (): EventSource => {
    source ??= new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    return source;
  };

  return {
    async invoke<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
      let envelope: Envelope<CallResult<K>>;
      try {
        const response = await fetch(callPath(name), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(args),
        });
        envelope = (await response.json()) as Envelope<CallResult<K>>;
      } catch (error) {
        throw toAppError(error);
      }
      if (envelope.ok) return envelope.value;
      throw AppError.fromWire(envelope.error);
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      const handler = (e: MessageEvent<string>) => {
        try {
          listener(JSON.parse(e.data) as EventMap[E]);
        } catch (error) {
          console.error(`Bad ${event} event`, error);
        }
      };
      const es = events();
      es.addEventListener(event, handler as EventListener);
      return () => es.removeEventListener(event, handler as EventListener);
    },
  };
}

/** Uploads a file to the host's imports folder; resolves the path the host saved it at. */
export function uploadFile(token: string, file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = `${UPLOAD_PATH}?name=${encodeURIComponent(file.name)}&token=${encodeURIComponent(token)}`;
    xhr.open('POST', url);
    xhr.setRequestHeader(TOKEN_HEADER, token);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new AppError('internal', { problem: `upload failed (${file.name})` }));
    xhr.onload = () => {
      try {
        const envelope = JSON.parse(xhr.responseText) as Envelope<{ path: string }>;
        if (envelope.ok) resolve(envelope.value.path);
        else reject(AppError.fromWire(envelope.error));
      } catch {
        reject(new AppError('internal', { problem: `upload answered HTTP ${xhr.status}` }));
      }
    };
    xhr.send(file);
  });
}
