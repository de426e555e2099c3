// The menu's "Back up library…": an SQLite online backup that opens as a library, written where
// the desktop shell's save dialog says (nothing if cancelled), or into <library>/backups/.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../src/main/host/dispatch.js';
import { EventBus } from '../../../../src/main/host/event-bus.js';
import { createHandlers, type HandlerContext } from '../../../../src/main/host/handlers.js';
import { onlyInside } from '../../../../src/main/host/import-policy.js';
import { backupFileName } from '../../../../src/main/services/library/backup.js';
import { Library } from '../../../../src/main/services/library/library.js';

let tmp: string;
let library: Library;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-backup-call-'));
  library = Library.open(path.join(tmp, 'library'));
  library.shows.create({ slug: 'raccords', title: { fr: 'Raccords', en: 'Connections' } });
});
afterAll(() => {
  library.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const dispatchWith = (extra: Partial<HandlerContext> = {}) => createDispatch(createHandlers({
  library, events: new EventBus(), importPolicy: onlyInside(path.join(tmp, 'imports')),
  info: { path: library.dir, appVersion: 'test', canImportByPath: false }, ...extra,
}));

const showsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT slug FROM shows').all();
  } finally {
    db.close();
  }
};

describe('library.backup', () => {
  it('names backups by local time to the minute', () => {
    expect(backupFileName(new Date(2026, 2, 5, 9, 7))).toBe('balado-2026-03-05-0907.sqlite');
  });

  it('writes into <library>/backups/ in the browser host, a copy that opens with the same data', async () => {
    const answer = await dispatchWith()('library.backup', {});
    if (!answer.ok) throw new Error(answer.error.message.en);
    const file = (answer.value as { path: string }).path;
    expect(path.dirname(file)).toBe(path.join(library.dir, 'backups'));
    expect(showsIn(file)).toEqual([{ slug: 'raccords' }]);
  });

  it('writes where the desktop save dialog says, and nothing when it is cancelled', async () => {
    const chosen = path.join(tmp, 'elsewhere', 'copie.sqlite');
    const suggested: string[] = [];
    const answer = await dispatchWith({ chooseBackupFile: async (name) => (suggested.push(name), chosen) })('library.backup', {});
    expect(answer).toEqual({ ok: true, value: { path: chosen } });
    expect(suggested[0]).toMatch(/^balado-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(showsIn(chosen)).toEqual([{ slug: 'raccords' }]);
    expect(await dispatchWith({ chooseBackupFile: async () => null })('library.backup', {})).toEqual({ ok: true, value: { path: null } });
    // The same name again is refused, never overwritten.
    expect(await dispatchWith({ chooseBackupFile: async () => chosen })('library.backup', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
