// The web Responses behind app:// and balado-media://, built with Node's fetch classes only so
// they are tested without Electron. protocols.ts plugs them into protocol.handle.
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { resolveAppFile, mimeTypeOf } from './app-files.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { parseMediaUrl } from './media-url.js';
import type { ShellServices } from './shell-services.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/** A file of the built renderer, with the CSP header on every answer. */
export async function appFileResponse(rendererDir: string, request: Request): Promise<Response> {
  if (!READ_METHODS.has(request.method)) return plain(405, 'Method not allowed');
  const file = resolveAppFile(rendererDir, request.url);
  if (file === null) return plain(404, 'Not found');
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), {
    status: 200,
    headers: {
      'content-type': mimeTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** balado-media://asset/<id>: library assets only (the services refuse any other id), with Range. */
export function mediaResponse(media: ShellServices['media'], request: Request): Response {
  if (!READ_METHODS.has(request.method)) return plain(405, 'Method not allowed');
  const assetId = parseMediaUrl(request.url);
  if (assetId === null) return plain(404, 'Not found');
  const answer = media(assetId, request.headers.get('range'));
  if (request.method === 'HEAD') answer.body?.destroy();
  const body = request.method === 'HEAD' || answer.body === null
    ? null
    // Node's web ReadableStream and the fetch global's are the same class at run time; the two
    // type declarations differ only in @types/node's bookkeeping.
    : (Readable.toWeb(answer.body) as unknown as ReadableStream<Uint8Array>);
  return new Response(body, { status: answer.status, headers: { ...answer.headers, 'x-content-type-options': 'nosniff' } });
}
