// The Responses behind app:// and balado-media://, driven with Node's own Request objects.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/csp.js';
import { appFileResponse, mediaResponse } from '../../../../src/main/electron/protocol-responses.js';
import type { MediaResponse } from '../../../../src/main/electron/shell-services.js';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-renderer-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Balado Studio</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('appFileResponse', () => {
  it('serves files with their type and the CSP header', async () => {
    const res = await appFileResponse(root, new Request('app://balado/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers index.html for the root, without a body for HEAD', async () => {
    const get = await appFileResponse(root, new Request('app://balado/'));
    expect(await get.text()).toContain('<title>Balado Studio</title>');
    const head = await appFileResponse(root, new Request('app://balado/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('404s missing files and escapes, 405s writes', async () => {
    expect((await appFileResponse(root, new Request('app://balado/nope.js'))).status).toBe(404);
    expect((await appFileResponse(root, new Request('app://balado/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await appFileResponse(root, new Request('app://balado/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('mediaResponse', () => {
  const partial = (): MediaResponse => ({
    status: 206,
    headers: { 'content-type': 'audio/mpeg', 'content-range': 'bytes 2-4/10', 'content-length': '3' },
    body: Readable.from([Buffer.from('abc')]),
  });

  it('passes the asset id and Range header to the services and streams the answer', async () => {
    const media = vi.fn(partial);
    const res = mediaResponse(media, new Request('balado-media://asset/12', { headers: { range: 'bytes=2-4' } }));
    expect(media).toHaveBeenCalledWith(12, 'bytes=2-4');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(await res.text()).toBe('abc');
  });

  it('passes 404 and 416 through without a body', async () => {
    const res = mediaResponse(() => ({ status: 416, headers: { 'content-range': 'bytes */10' }, body: null }),
      new Request('balado-media://asset/3'));
    expect(res.status).toBe(416);
    expect(await res.text()).toBe('');
  });

  it('never asks the services about URLs that do not name an asset', () => {
    const media = vi.fn(partial);
    for (const url of ['balado-media://asset/abc', 'balado-media://other/1', 'balado-media://asset/1/../2x']) {
      expect(mediaResponse(media, new Request(url)).status).toBe(404);
    }
    expect(mediaResponse(media, new Request('balado-media://asset/1', { method: 'DELETE' })).status).toBe(405);
    expect(media).not.toHaveBeenCalled();
  });

  it('answers HEAD with headers only and closes the file stream', () => {
    const answer = partial();
    const res = mediaResponse(() => answer, new Request('balado-media://asset/1', { method: 'HEAD' }));
    expect(res.status).toBe(206);
    expect(answer.body?.destroyed).toBe(true);
  });
});
