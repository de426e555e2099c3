// The browser host over real HTTP, on a real library: token, Host/Origin checks, no CORS, the
// contract's calls, uploads confined to the library, SSE progress events and Range media.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { bootServices, type AppServices } from '../../src/main/host/app-services.js';
import { startWebHost, type WebHost } from '../../src/main/host/web-host.js';
import { makeAudio } from '../helpers/make-audio.js';

let tmp: string;
let services: AppServices;
let host: WebHost;
let mp3: string;

interface RawResponse { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function call(name: string, args: unknown, headers: Record<string, string> = {}) {
  const res = await request(`/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-balado-token': host.token, ...headers },
    body: JSON.stringify(args),
  });
  return { status: res.status, headers: res.headers, json: JSON.parse(res.body.toString()) as { ok: boolean; value?: any; error?: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary envelopes
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'balado-host-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Balado</title>');
  mp3 = await makeAudio(tmp, { name: 'episode.mp3', format: 'mp3', seconds: 3 });
  services = await bootServices({ libraryDir: path.join(tmp, 'library'), canImportByPath: false });
  host = await startWebHost(services, { rendererDir });
});

afterAll(async () => {
  await host.close();
  await services.shutdown();
  rmSync(tmp, { recursive: true, force: true });
});

describe('browser host security', () => {
  it('prints a loopback URL carrying a random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });
  it('refuses calls without the token', async () => {
    const res = await call('shows.list', {}, { 'x-balado-token': 'wrong' });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthorized');
  });
  it('refuses foreign Host headers (DNS rebinding)', async () => {
    const res = await request('/', { headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });
  it('refuses cross-origin requests and sends no CORS headers', async () => {
    const res = await call('shows.list', {}, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const same = await call('shows.list', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(same.json.ok).toBe(true);
    expect(same.headers['access-control-allow-origin']).toBeUndefined();
  });
  it('serves the UI with a strict CSP', async () => {
    const res = await request('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/../../etc/passwd')).status).not.toBe(200);
  });
});

describe('the contract over HTTP', () => {
  it('creates and lists shows', async () => {
    const created = await call('shows.create', { slug: 'raccords', title: { fr: 'Raccords', en: 'Raccords' } });
    expect(created.json.ok).toBe(true);
    expect(created.json.value.slug).toBe('raccords');
    const list = await call('shows.list', {});
    expect(list.json.value.map((s: { slug: string }) => s.slug)).toEqual(['raccords']);
  });
  it('answers invalid arguments with a bilingual validation error naming the field', async () => {
    const res = await call('shows.create', { slug: 'other', title: { fr: 'X', en: 'X' }, ownerEmail: 'nope' });
    expect(res.json.ok).toBe(false);
    expect(res.json.error.code).toBe('validation');
    expect(res.json.error.details.field).toBe('ownerEmail');
    expect(res.json.error.message.fr).toContain('courriel');
    const extra = await call('shows.list', { sneaky: true });
    expect(extra.json.error.code).toBe('validation');
  });
  it('answers unknown calls with unknown_call', async () => {
    const res = await call('fs.readFile', { path: '/etc/passwd' });
    expect(res.json.error.code).toBe('unknown_call');
  });
});

describe('upload, import, events and media', () => {
  let assetId: number;

  it('refuses to import a path outside the library', async () => {
    const show = (await call('shows.list', {})).json.value[0];
    const res = await call('episodes.importAudio', { showId: show.id, episodeId: null, path: mp3, jobId: 'job-1' });
    expect(res.json.error.code).toBe('path_forbidden');
  });

  it('imports an uploaded MP3 and streams progress over SSE', async () => {
    const show = (await call('shows.list', {})).json.value[0];
    const events: string[] = [];
    const stream = http.get({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } });
    const opened = new Promise<http.IncomingMessage>((resolve) => stream.on('response', resolve));
    const res = await opened;
    res.on('data', (chunk: Buffer) => events.push(chunk.toString()));

    const upload = await request(`/api/upload?name=${encodeURIComponent('Épisode 1.mp3')}&token=${host.token}`, { method: 'POST', body: readFileSync(mp3) });
    const uploaded = JSON.parse(upload.body.toString());
    expect(uploaded.ok).toBe(true);
    expect(uploaded.value.path.startsWith(path.join(services.library.dir, 'imports'))).toBe(true);
    expect(path.basename(uploaded.value.path)).toBe('Épisode 1.mp3');

    const imported = await call('episodes.importAudio', { showId: show.id, episodeId: null, path: uploaded.value.path, jobId: 'job-2' });
    expect(imported.json.ok).toBe(true);
    assetId = imported.json.value.audioAssetId;
    expect(imported.json.value.durationMs).toBeGreaterThan(2500);
    await new Promise((r) => setTimeout(r, 100));
    stream.destroy();
    const text = events.join('');
    expect(text).toContain('event: import.progress');
    expect(text).toContain('"jobId":"job-2"');
    expect(text).toContain('"phase":"done"');
  });

  it('serves library audio with Range support, and nothing else', async () => {
    const size = readFileSync(mp3).length;
    const ranged = await request(`/media/${assetId}?token=${host.token}`, { headers: { range: 'bytes=0-99' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 0-99/${size}`);
    expect(ranged.body.length).toBe(100);
    expect(ranged.headers['content-type']).toBe('audio/mpeg');
    const whole = await request(`/media/${assetId}?token=${host.token}`);
    expect(whole.status).toBe(200);
    expect(whole.body.equals(readFileSync(mp3))).toBe(true);
    expect((await request(`/media/${assetId}`)).status).toBe(401);
    expect((await request(`/media/99999?token=${host.token}`)).status).toBe(404);
    expect((await request(`/media/${assetId}?token=${host.token}`, { headers: { range: `bytes=${size}-` } })).status).toBe(416);
  });
});
