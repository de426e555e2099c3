// The browser host: the same contract as Electron's IPC, served over HTTP on 127.0.0.1 with a
// random per-start token, Host/Origin checks and no CORS, so the real UI runs in Chromium.

import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { EVENT_NAMES } from '../../shared/api/contract.js';
import { AppError, type Envelope } from '../../shared/api/errors.js';
import { EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY, UPLOAD_PATH } from '../../shared/api/web-protocol.js';
import type { AppServices } from './app-services.js';
import { toWireError } from './dispatch.js';
import { assetMediaResponse } from './media-response.js';
import { serveStatic } from './static-files.js';

const MAX_JSON_BYTES = 2 * 1024 * 1024;

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(
  services: AppServices,
  options: { port?: number; rendererDir: string },
): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const sseClients = new Set<ServerResponse>();

  const hasToken = (req: IncomingMessage, url: URL): boolean => {
    const given = (req.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get(TOKEN_QUERY) ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const sendEnvelope = (res: ServerResponse, envelope: Envelope<unknown>, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(envelope));
  };
  const fail = (res: ServerResponse, status: number, error: AppError) =>
    sendEnvelope(res, { ok: false, error: error.toWire() }, status);

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendEnvelope(res, { ok: false, error: toWireError(error, req.url ?? '') }, 500);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding guard: only our own loopback names may address us.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      return fail(res, 403, new AppError('unauthorized'));
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/media/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    if (!hasToken(req, url)) return fail(res, 401, new AppError('unauthorized'));

    if (url.pathname.startsWith('/api/call/') && req.method === 'POST') {
      const name = url.pathname.slice('/api/call/'.length);
      const body = await readJson(req);
      return sendEnvelope(res, await services.dispatch(name, body));
    }
    if (url.pathname === EVENTS_PATH && req.method === 'GET') return openEventStream(res);
    if (url.pathname === UPLOAD_PATH && req.method === 'POST') return receiveUpload(req, res, url);
    const media = /^\/media\/(\d+)$/.exec(url.pathname);
    if (media && (req.method === 'GET' || req.method === 'HEAD')) {
      const answer = assetMediaResponse(services.library, Number(media[1]), req.headers.range ?? null);
      res.writeHead(answer.status, answer.headers);
      if (!answer.body || req.method === 'HEAD') {
        answer.body?.destroy();
        return void res.end();
      }
      return void answer.body.pipe(res);
    }
    res.writeHead(404).end();
  }

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_JSON_BYTES) throw new AppError('validation', { field: 'body', problem: 'request too large', problemFr: 'requête trop volumineuse' });
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '') return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new AppError('validation', { field: 'body', problem: 'not JSON', problemFr: 'pas du JSON' });
    }
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  }

  async function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const original = path.basename(url.searchParams.get('name') ?? 'upload');
    // Keep the user's file name (it prefills the episode title) but make it safe and unique.
    const safe = original.normalize('NFC').replace(/[^\p{L}\p{N} ._()-]+/gu, '_').slice(-120) || 'upload';
    const folder = path.join(services.importsDir, randomUUID());
    const target = path.join(folder, safe);
    const partial = `${target}.part`;
    await mkdir(folder, { recursive: true });
    try {
      await pipeline(req, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    sendEnvelope(res, { ok: true, value: { path: target } });
  }

  const unsubscribers = EVENT_NAMES.map((name) =>
    services.events.on(name, (payload) => {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of sseClients) client.write(frame);
    }),
  );
  const keepAlive = setInterval(() => {
    for (const client of sseClients) client.write(': ping\n\n');
  }, 15_000);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    async close() {
      clearInterval(keepAlive);
      unsubscribers.forEach((off) => off());
      for (const client of sseClients) client.end();
      // Long calls (peaks of a long episode) may still be running: end their connections now,
      // or server.close() would wait for them and the host would never exit.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
