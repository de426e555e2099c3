// The assets repository: one row per imported file (audio or image), with what was recorded at
// import (size, mtime, sha256) to detect a moved or changed file, and what probing found.

import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.js';
import type { Asset, EmbeddedChapter, ProbedTags } from '../../../shared/domain/types.js';
import { fail } from './library-errors.js';
import { assignments, bool, insertValues, type SqlRecord } from './sql.js';
import type { Transact } from './transact.js';

export type AssetRecord = Omit<Asset, 'id' | 'createdAt' | 'fileName'>;
export type AssetProbe = Partial<
  Pick<Asset, 'mime' | 'codec' | 'container' | 'durationMs' | 'sampleRate' | 'channels' | 'bitrate' | 'vbr' | 'tags' | 'embeddedChapters'>
>;
export interface AssetFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface AssetsApi {
  insert(record: AssetRecord): Asset;
  get(id: number): Asset;
  updateFile(id: number, file: AssetFile): Asset;
  updateProbe(id: number, probe: AssetProbe): Asset;
}

interface AssetRow {
  id: number;
  kind: 'audio' | 'image';
  path: string;
  size: number;
  mtime_ms: number;
  sha256: string;
  mime: string;
  codec: string | null;
  container: string | null;
  duration_ms: number | null;
  sample_rate: number | null;
  channels: number | null;
  bitrate: number | null;
  vbr: number;
  tags: string | null;
  embedded_chapters: string;
  created_at: string;
}

export function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    kind: row.kind,
    path: row.path,
    fileName: path.basename(row.path),
    size: row.size,
    mtimeMs: row.mtime_ms,
    sha256: row.sha256,
    mime: row.mime,
    codec: row.codec,
    container: row.container,
    durationMs: row.duration_ms,
    sampleRate: row.sample_rate,
    channels: row.channels,
    bitrate: row.bitrate,
    vbr: row.vbr === 1,
    tags: row.tags === null ? null : (JSON.parse(row.tags) as ProbedTags),
    embeddedChapters: JSON.parse(row.embedded_chapters) as EmbeddedChapter[],
    createdAt: row.created_at,
  };
}

function fileColumns(file: AssetFile): SqlRecord {
  return { path: file.path, size: file.size, mtime_ms: file.mtimeMs, sha256: file.sha256 };
}

function probeColumns(probe: AssetProbe): SqlRecord {
  const c: SqlRecord = {};
  if (probe.mime !== undefined) c.mime = probe.mime;
  if (probe.codec !== undefined) c.codec = probe.codec;
  if (probe.container !== undefined) c.container = probe.container;
  if (probe.durationMs !== undefined) c.duration_ms = probe.durationMs;
  if (probe.sampleRate !== undefined) c.sample_rate = probe.sampleRate;
  if (probe.channels !== undefined) c.channels = probe.channels;
  if (probe.bitrate !== undefined) c.bitrate = probe.bitrate;
  if (probe.vbr !== undefined) c.vbr = bool(probe.vbr);
  if (probe.tags !== undefined) c.tags = probe.tags === null ? null : JSON.stringify(probe.tags);
  if (probe.embeddedChapters !== undefined) c.embedded_chapters = JSON.stringify(probe.embeddedChapters);
  return c;
}

export function createAssets(db: Database, transact: Transact): AssetsApi {
  const byId = db.prepare<[number], AssetRow>('SELECT * FROM assets WHERE id = ?');

  function get(id: number): Asset {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', { what: 'asset', ref: id });
    return toAsset(row);
  }

  function update(id: number, columns: SqlRecord): Asset {
    return transact(() => {
      get(id);
      if (Object.keys(columns).length > 0) {
        db.prepare(`UPDATE assets SET ${assignments(columns)} WHERE id = @id`).run({ ...columns, id });
      }
      return get(id);
    });
  }

  return {
    get,
    insert(record) {
      if (record.kind !== 'audio' && record.kind !== 'image') fail('kind', 'one_of');
      const columns: SqlRecord = { kind: record.kind, ...fileColumns(record), ...probeColumns(record) };
      const info = db.prepare<SqlRecord>(`INSERT INTO assets ${insertValues(columns)}`).run(columns);
      return get(Number(info.lastInsertRowid));
    },
    updateFile: (id, file) => update(id, fileColumns(file)),
    updateProbe: (id, probe) => update(id, probeColumns(probe)),
  };
}

/** An asset must exist (not_found) and be of the expected kind (validation on `field`). */
export function requireAssetKind(db: Database, assetId: number, kind: Asset['kind'], field: string): void {
  const row = db.prepare<[number], { kind: string }>('SELECT kind FROM assets WHERE id = ?').get(assetId);
  if (!row) throw new AppError('not_found', { what: 'asset', ref: assetId });
  if (row.kind !== kind) fail(field, 'one_of');
}
