// Release folder names: the producer's calendar day, then the first number not yet used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { nextReleaseKey } from '../../../../../src/main/services/release/staging.js';

let tmp: string;
let library: Library;
const zone = process.env.TZ;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-release-key-'));
  library = Library.open(path.join(tmp, 'library'));
});
afterEach(() => {
  process.env.TZ = zone;
  if (zone === undefined) delete process.env.TZ;
  library.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('release keys', () => {
  it('name the local day: an evening export in Montréal is not named after the next UTC day', async () => {
    process.env.TZ = 'America/Montreal';
    expect(await nextReleaseKey(library, path.join(tmp, 'releases'), new Date('2026-03-05T03:30:00Z'))).toBe('2026-03-04-1');
    process.env.TZ = 'Europe/Paris';
    expect(await nextReleaseKey(library, path.join(tmp, 'releases'), new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-05-1');
  });

  it('skip numbers a folder or a zip already uses', async () => {
    process.env.TZ = 'UTC';
    const parent = path.join(tmp, 'releases');
    fs.mkdirSync(path.join(parent, '2026-03-05-1'), { recursive: true });
    fs.writeFileSync(path.join(parent, '2026-03-05-2.zip'), '');
    expect(await nextReleaseKey(library, parent, new Date('2026-03-05T12:00:00Z'))).toBe('2026-03-05-3');
  });
});
