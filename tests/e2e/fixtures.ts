// Playwright fixture: a real browser host (npm run web's entry) on a fresh temp library, so
// every test drives the real UI against real services and a real SQLite file.

import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface HostHandle {
  url: string;
  libraryDir: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Starts `tsx src/main/host/web-main.ts` on `libraryDir` and resolves with its tokenised URL. */
export async function startHost(libraryDir: string): Promise<HostHandle> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/main/host/web-main.ts'), '--library', libraryDir, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /web host: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    libraryDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // A graceful stop can wait on a request still running (a long peaks.get, a media stream);
        // the library is a throwaway, so after a few seconds the host is killed.
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export const test = base.extend<{ host: HostHandle }>({
  // Playwright requires the object pattern even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const libraryDir = mkdtempSync(path.join(os.tmpdir(), 'balado-e2e-'));
    const host = await startHost(libraryDir);
    await use(host);
    await host.stop();
    rmSync(libraryDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
