// Test helpers: real libraries in fresh temp folders (no mocks), removed after each test, and
// small builders for the rows most tests need.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import type { Asset, Show } from '../../../../../src/shared/domain/types.js';
import type { ShowCreate } from '../../../../../src/shared/domain/schemas.js';

const made: string[] = [];

/** A new empty folder under the OS temp dir, deleted after the current test. */
export function tempDir(prefix = 'balado-lib-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens a fresh library before each test and closes it after; call at the top of a describe. */
export function useLibrary(): () => Library {
  let library: Library | null = null;
  beforeEach(() => {
    library = Library.open(tempDir());
  });
  afterEach(() => {
    library?.close();
    library = null;
  });
  return () => {
    if (!library) throw new Error('useLibrary(): only inside a test');
    return library;
  };
}

export function makeShow(library: Library, overrides: Partial<ShowCreate> = {}): Show {
  return library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Connections' }, ...overrides });
}

export function makeAsset(library: Library, overrides: Partial<Omit<Asset, 'id' | 'createdAt' | 'fileName'>> = {}): Asset {
  return library.assets.insert({
    kind: 'audio',
    path: '/media/raccords/ep01.mp3',
    size: 1_234_567,
    mtimeMs: 1_700_000_000_000,
    sha256: 'a'.repeat(64),
    mime: 'audio/mpeg',
    codec: 'MPEG 1 Layer 3',
    container: 'MPEG',
    durationMs: 3_600_000,
    sampleRate: 44_100,
    channels: 2,
    bitrate: 128_000,
    vbr: false,
    tags: null,
    embeddedChapters: [],
    ...overrides,
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` and returns the AppError-like error it throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): { code?: string; details?: Record<string, unknown>; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; details?: Record<string, unknown>; message: string };
  }
  throw new Error('expected an error, none was thrown');
}
