// hashFile: the same digest as sha256sum and node:crypto, progress up to the last byte, and
// cancellation through an AbortSignal.

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile, type HashProgress } from '../../../../../src/main/services/audio/hash-file.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { tempDir } from '../library/temp-library.js';

const bigFile = (dir: string, mib: number) => {
  const file = path.join(dir, 'big.bin');
  writeFileSync(file, randomBytes(mib * 1024 * 1024));
  return file;
};

describe('hashFile', () => {
  it('equals sha256sum and node:crypto on a real MP3', async () => {
    const file = await makeAudio(tempDir(), { name: 'ep.mp3', format: 'mp3', seconds: 2 });
    const { sha256, size } = await hashFile(file);
    expect(sha256).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
    expect(sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(size).toBe(readFileSync(file).length);
  });

  it('hashes an empty file', async () => {
    const file = path.join(tempDir(), 'empty');
    writeFileSync(file, '');
    expect((await hashFile(file)).sha256).toBe(createHash('sha256').digest('hex'));
  });

  it('reports progress from 0 up to bytesTotal, never backwards', async () => {
    const file = bigFile(tempDir(), 20);
    const reports: HashProgress[] = [];
    const { sha256 } = await hashFile(file, { intervalMs: 0, onProgress: (p) => reports.push(p) });
    const total = 20 * 1024 * 1024;
    expect(reports[0]).toEqual({ bytesDone: 0, bytesTotal: total });
    expect(reports.at(-1)).toEqual({ bytesDone: total, bytesTotal: total });
    expect(reports.length).toBeGreaterThan(3);
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.bytesDone).toBeGreaterThanOrEqual(reports[i - 1]!.bytesDone);
    expect(sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('throttles progress reports', async () => {
    const file = bigFile(tempDir(), 20);
    const reports: HashProgress[] = [];
    await hashFile(file, { intervalMs: 60_000, onProgress: (p) => reports.push(p) });
    expect(reports).toHaveLength(2); // the first and the last only
  });

  it('stops with AppError(cancelled) when aborted midway', async () => {
    const file = bigFile(tempDir(), 40);
    const controller = new AbortController();
    const reports: HashProgress[] = [];
    const hashing = hashFile(file, {
      signal: controller.signal,
      intervalMs: 0,
      onProgress: (p) => {
        reports.push(p);
        if (p.bytesDone > 0) controller.abort();
      },
    });
    await expect(hashing).rejects.toMatchObject({ code: 'cancelled' });
    expect(reports.at(-1)!.bytesDone).toBeLessThan(40 * 1024 * 1024);
  });

  it('refuses to start when already aborted', async () => {
    const file = await makeAudio(tempDir(), { name: 'ep.mp3', format: 'mp3', seconds: 1 });
    await expect(hashFile(file, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('a missing file → file_missing', async () => {
    const file = path.join(tempDir(), 'gone.wav');
    await expect(hashFile(file)).rejects.toMatchObject({ code: 'file_missing', details: { path: file } });
  });
});
