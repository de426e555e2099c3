// Releases are safe: a failure injected at every step of an export, or a cancel, leaves no
// release folder, no staging folder, no zip and no record; nothing existing is ever replaced.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../../src/main/services/release/export-release.js';
import { ReleaseJobs } from '../../../../../src/main/services/release/release-jobs.js';
import type { ReleaseProgress } from '../../../../../src/shared/domain/types.js';
import { GOOD_LOUDNESS, makeFixture, NOW, type Fixture } from './release-fixture.js';

let tmp: string;
let library: Library;
let fx: Fixture;
const releasesDir = () => path.join(library.dir, 'releases');
const leftovers = () => (fs.existsSync(releasesDir()) ? fs.readdirSync(releasesDir()) : []);
const base = () => ({ showId: fx.show.id, zip: true, allowWarnings: false, now: NOW, loudnessOf: GOOD_LOUDNESS });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-safety-'));
  library = Library.open(path.join(tmp, 'library'));
  fx = await makeFixture(library, tmp);
}, 60_000);

afterAll(() => {
  library?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('export safety', () => {
  it('reports progress through every phase, ending with done', async () => {
    const phases: ReleaseProgress['phase'][] = [];
    const out = path.join(tmp, 'progress-run');
    const result = await exportRelease(library, { ...base(), outDir: out, onProgress: (p) => phases.push(p.phase) });
    expect(result.status).toBe('exported');
    expect([...new Set(phases)]).toEqual(['planning', 'writing', 'verifying', 'finishing', 'zipping', 'done']);
    fs.rmSync(out, { recursive: true });
    fs.rmSync(`${out}.zip`);
  });

  const steps: [string, (p: Omit<ReleaseProgress, 'jobId'>) => boolean][] = [
    ['while writing files', (p) => p.phase === 'writing' && p.done > 0],
    ['after validating the staged folder', (p) => p.phase === 'verifying' && p.done === 1],
    ['after the manifest', (p) => p.phase === 'finishing' && p.done === 1],
    ['while zipping', (p) => p.phase === 'zipping' && p.done > 0],
    ['after the rename into place, before the record', (p) => p.phase === 'finishing' && p.done === 2],
  ];
  for (const [when, at] of steps) {
    it(`leaves nothing when the export fails ${when}`, async () => {
      const before = library.releases.list(fx.show.id).length;
      const attempt = exportRelease(library, {
        ...base(),
        onProgress: (p) => {
          if (at(p)) throw new Error('disk full (injected)');
        },
      });
      await expect(attempt).rejects.toMatchObject({ code: 'release_failed' });
      expect(leftovers()).toEqual([]);
      expect(library.releases.list(fx.show.id)).toHaveLength(before);
    });
  }

  it('stops when cancelled, and leaves nothing', async () => {
    const jobs = new ReleaseJobs();
    const attempt = jobs.run('job-1', (signal) => exportRelease(library, {
      ...base(), signal, onProgress: (p) => {
        if (p.phase === 'writing') jobs.cancel('job-1');
      },
    }));
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(jobs.cancel('job-1')).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('writes nothing at all when validation blocks, and says why', async () => {
    library.shows.update(fx.show.id, { baseUrl: '' });
    try {
      const result = await exportRelease(library, base());
      expect(result.status).toBe('blocked');
      expect(result.report.findings.some((f) => f.code === 'url_not_absolute' && f.severity === 'error')).toBe(true);
      expect(leftovers()).toEqual([]);
    } finally {
      library.shows.update(fx.show.id, { baseUrl: 'https://example.org/raccords/' });
    }
  });

  it('blocks on warnings unless they are allowed', async () => {
    const quiet = async () => ({ integratedLufs: -23, truePeakDbtp: -0.2, samplePeakDbfs: -0.5 });
    const blocked = await exportRelease(library, { ...base(), zip: false, loudnessOf: quiet });
    expect(blocked.status).toBe('blocked');
    expect(blocked.report.counts).toMatchObject({ error: 0 });
    expect(blocked.report.counts.warning).toBeGreaterThan(0);
    expect(leftovers()).toEqual([]);
    const allowed = await exportRelease(library, { ...base(), zip: false, allowWarnings: true, loudnessOf: quiet });
    expect(allowed.status).toBe('exported');
    if (allowed.status !== 'exported') return;
    expect(allowed.release.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['loudness_out_of_range', 'true_peak_too_high']));
    fs.rmSync(allowed.release.folder, { recursive: true });
  });

  it('never overwrites: a taken <date>-<n> is skipped, a non-empty --out is refused and left as it was', async () => {
    fs.mkdirSync(path.join(releasesDir(), '2026-03-05-7'), { recursive: true });
    fs.writeFileSync(path.join(releasesDir(), '2026-03-05-7', 'keep.txt'), 'mine');
    const keys = library.releases.keysStartingWith('2026-03-05-');
    const next = await exportRelease(library, { ...base(), zip: false });
    if (next.status !== 'exported') throw new Error('blocked');
    expect(keys).not.toContain(next.release.key);
    expect(fs.readFileSync(path.join(releasesDir(), '2026-03-05-7', 'keep.txt'), 'utf8')).toBe('mine');

    const out = path.join(tmp, 'someone-elses');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'theirs');
    await expect(exportRelease(library, { ...base(), outDir: out })).rejects.toMatchObject({ code: 'release_exists' });
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.balado-staging-'))).toEqual([]);

    const empty = path.join(tmp, 'fresh');
    fs.mkdirSync(empty);
    const into = await exportRelease(library, { ...base(), outDir: empty, zip: false });
    expect(into.status === 'exported' && into.release.folder).toBe(empty);
    expect(fs.existsSync(path.join(empty, 'feed.fr.xml'))).toBe(true);
  });

  it('refuses a zip that already exists beside --out, removing its own folder again', async () => {
    const out = path.join(tmp, 'zipped');
    fs.writeFileSync(`${out}.zip`, 'not ours');
    await expect(exportRelease(library, { ...base(), outDir: out })).rejects.toMatchObject({ code: 'release_exists' });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(`${out}.zip`, 'utf8')).toBe('not ours');
  });

  it('runs one export per job id at a time', async () => {
    const jobs = new ReleaseJobs();
    let release!: () => void;
    const first = jobs.run('same', () => new Promise<void>((resolve) => { release = resolve; }));
    await expect(jobs.run('same', async () => undefined)).rejects.toMatchObject({ code: 'release_busy' });
    release();
    await first;
  });
});
