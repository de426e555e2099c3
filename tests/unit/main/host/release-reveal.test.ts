// "Show in folder" for a recorded release: by id only, the folder or its zip, and only where the
// host can open a file manager (the desktop shell passes `reveal`; the browser host does not).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../src/main/host/dispatch.js';
import { EventBus } from '../../../../src/main/host/event-bus.js';
import { createHandlers } from '../../../../src/main/host/handlers.js';
import { onlyInside } from '../../../../src/main/host/import-policy.js';
import { Library } from '../../../../src/main/services/library/library.js';
import { exportRelease } from '../../../../src/main/services/release/export-release.js';
import type { Release } from '../../../../src/shared/domain/types.js';
import { GOOD_LOUDNESS, makeFixture, NOW } from '../services/release/release-fixture.js';

let tmp: string;
let library: Library;
let release: Release;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-reveal-'));
  library = Library.open(path.join(tmp, 'library'));
  const fx = await makeFixture(library, tmp);
  const result = await exportRelease(library, { showId: fx.show.id, zip: true, allowWarnings: true, now: NOW, loudnessOf: GOOD_LOUDNESS });
  if (result.status !== 'exported') throw new Error('fixture export blocked');
  release = result.release;
}, 60_000);

afterAll(() => {
  library.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const dispatchWith = (reveal?: (file: string) => void) => createDispatch(createHandlers({
  library, events: new EventBus(), importPolicy: onlyInside(path.join(tmp, 'imports')),
  info: { path: library.dir, appVersion: 'test', canImportByPath: reveal !== undefined }, reveal,
}));

describe('release.reveal', () => {
  it('shows the recorded folder or zip in the desktop shell', async () => {
    const reveal = vi.fn();
    const dispatch = dispatchWith(reveal);
    expect(await dispatch('release.reveal', { releaseId: release.id })).toEqual({ ok: true, value: { revealed: true } });
    expect(await dispatch('release.reveal', { releaseId: release.id, zip: true })).toEqual({ ok: true, value: { revealed: true } });
    expect(reveal.mock.calls).toEqual([[release.folder], [release.zipPath]]);
  });

  it('answers revealed: false where no file manager can be opened, and refuses unknown ids or paths', async () => {
    const dispatch = dispatchWith();
    expect(await dispatch('release.reveal', { releaseId: release.id })).toEqual({ ok: true, value: { revealed: false } });
    expect(await dispatch('release.reveal', { releaseId: 987_654 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('release.reveal', { releaseId: release.id, path: '/etc' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
