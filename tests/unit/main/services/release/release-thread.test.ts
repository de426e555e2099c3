// Release tasks in a worker thread (what the hosts run): same answers as in-process, progress
// and records crossing back, cancel leaving nothing, errors keeping their code.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { validateReleaseShow } from '../../../../../src/main/services/release/preflight.js';
import { releaseChanges } from '../../../../../src/main/services/release/release-changes.js';
import { ReleaseJobs } from '../../../../../src/main/services/release/release-jobs.js';
import { runReleaseTask } from '../../../../../src/main/services/release/release-thread.js';
import type { ReleaseProgress } from '../../../../../src/shared/domain/types.js';
import { makeFixture, NOW, type Fixture } from './release-fixture.js';

let tmp: string;
let library: Library;
let fx: Fixture;
const releasesDir = () => path.join(library.dir, 'releases');
const entries = () => (fs.existsSync(releasesDir()) ? fs.readdirSync(releasesDir()).sort() : []);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-release-thread-'));
  library = Library.open(path.join(tmp, 'library'));
  fx = await makeFixture(library, tmp);
}, 60_000);

afterAll(() => {
  library?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('release tasks in a worker thread', () => {
  it('validates exactly as the in-process preflight does', async () => {
    const inThread = await runReleaseTask(library.dir, { op: 'validate', showId: fx.show.id }, { now: NOW });
    expect(inThread).toEqual(await validateReleaseShow(library, fx.show.id, { now: NOW }));
    expect(inThread.counts.error).toBe(0);
  }, 30_000);

  it('cancels on request and leaves nothing staged or recorded', async () => {
    const jobs = new ReleaseJobs();
    const attempt = jobs.run('job-1', (signal) => runReleaseTask(library.dir,
      { op: 'export', showId: fx.show.id, zip: true, allowWarnings: true },
      { now: NOW, signal, onProgress: (p) => p.phase === 'writing' && jobs.cancel('job-1') }));
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(entries()).toEqual([]);
    expect(library.releases.list(fx.show.id)).toEqual([]);
  }, 30_000);

  it('exports with progress events, and the record is visible to the main connection', async () => {
    const phases: ReleaseProgress['phase'][] = [];
    const result = await runReleaseTask(library.dir, { op: 'export', showId: fx.show.id, zip: false, allowWarnings: true },
      { now: NOW, onProgress: (p) => phases.push(p.phase) });
    if (result.status !== 'exported') throw new Error(`blocked: ${JSON.stringify(result.report.findings)}`);
    expect([...new Set(phases)]).toEqual(['planning', 'writing', 'verifying', 'finishing', 'done']);
    expect(entries()).toEqual([result.release.key]);
    expect(fs.existsSync(path.join(result.release.folder, 'feed.fr.xml'))).toBe(true);
    expect(library.releases.list(fx.show.id).map((r) => r.key)).toEqual([result.release.key]);
    const changes = await runReleaseTask(library.dir, { op: 'changes', showId: fx.show.id }, { now: NOW });
    expect(changes).toEqual(await releaseChanges(library, fx.show.id, { now: NOW }));
    expect(changes.changes.every((c) => c.kind === 'unchanged')).toBe(true);
  }, 60_000);

  it('brings errors back with their code and both languages', async () => {
    const attempt = runReleaseTask(library.dir, { op: 'validate', showId: 987_654 });
    await expect(attempt).rejects.toMatchObject({ code: 'not_found' });
    await expect(attempt).rejects.toHaveProperty('messages.fr');
  }, 30_000);

  it('runs the task in-process when the thread cannot load, and says why otherwise', async () => {
    const broken = new URL('file:///nonexistent/release-worker.ts');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inProcess = await runReleaseTask(library.dir, { op: 'validate', showId: fx.show.id },
      { now: NOW, workerEntry: broken, fallback: () => validateReleaseShow(library, fx.show.id, { now: NOW }) });
    expect(inProcess).toEqual(await validateReleaseShow(library, fx.show.id, { now: NOW }));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('running in-process instead'));
    warn.mockRestore();
    await expect(runReleaseTask(library.dir, { op: 'validate', showId: fx.show.id }, { workerEntry: broken }))
      .rejects.toMatchObject({ code: 'release_failed' });
  }, 30_000);

  it('does not fall back once the thread has loaded: its errors are the answer', async () => {
    let fellBack = false;
    const attempt = runReleaseTask(library.dir, { op: 'validate', showId: 987_654 }, {
      fallback: async () => {
        fellBack = true;
        return null;
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'not_found' });
    expect(fellBack).toBe(false);
  }, 30_000);

  it('stopAll cancels running exports and waits until they have cleaned up', async () => {
    const jobs = new ReleaseJobs();
    let started!: () => void;
    const writing = new Promise<void>((resolve) => (started = resolve));
    const attempt = jobs.run('job-2', (signal) => runReleaseTask(library.dir,
      { op: 'export', showId: fx.show.id, zip: true, allowWarnings: true },
      { now: new Date('2026-03-06T12:00:00Z'), signal, onProgress: (p) => p.phase === 'writing' && started() }));
    const outcome = attempt.catch((error: unknown) => error);
    await writing;
    await jobs.stopAll();
    expect(await outcome).toMatchObject({ code: 'cancelled' });
    expect(entries()).toHaveLength(1);
  }, 60_000);
});
