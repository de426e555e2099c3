// app:// URLs map to files inside the renderer folder and nowhere else.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mimeTypeOf, resolveAppFile } from '../../../../src/main/electron/app-files.js';

const root = path.resolve('/srv/out/renderer');

describe('resolveAppFile', () => {
  it('maps paths under the root', () => {
    expect(resolveAppFile(root, 'app://balado/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://balado/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://balado/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the root and client-side routes', () => {
    expect(resolveAppFile(root, 'app://balado/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://balado/episodes/3')).toBe(path.join(root, 'index.html'));
  });

  it('keeps dot segments inside the root (the URL parser resolves them first)', () => {
    expect(resolveAppFile(root, 'app://balado/%2e%2e/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://balado/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('refuses escapes, other hosts and other schemes', () => {
    for (const url of [
      'app://balado/..%2f..%2fetc%2fpasswd', 'app://balado/a%5c..%5c..%5cx.js',
      'app://balado/x%00.js', 'app://balado/%E0%A4%A', 'app://other/index.html', 'file:///srv/out/renderer/index.html',
    ]) expect(resolveAppFile(root, url), url).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it('names the types a Vite build emits', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('blob.bin')).toBe('application/octet-stream');
  });
});
