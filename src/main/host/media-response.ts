// Streams the audio of a library asset with HTTP Range support (seeking in <audio>). Only
// assets recorded in the library are reachable: the caller names an asset id, never a path.

import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Library } from '../services/library/library.js';
import { AppError } from '../../shared/api/errors.js';

export interface MediaResponse {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: Readable | null;
}

/** Parses a single `bytes=a-b` range; multi-range requests are answered with the whole file. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

export function assetMediaResponse(library: Library, assetId: number, rangeHeader: string | null): MediaResponse {
  let filePath: string;
  let mime: string;
  try {
    const asset = library.assets.get(assetId);
    filePath = asset.path;
    mime = asset.mime || 'application/octet-stream';
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return { status: 404, headers: {}, body: null };
    throw error;
  }
  let size: number;
  try {
    size = statSync(filePath).size;
  } catch {
    return { status: 404, headers: {}, body: null };
  }
  const base = { 'content-type': mime, 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  const range = parseRange(rangeHeader, size);
  if (range === 'invalid') return { status: 416, headers: { ...base, 'content-range': `bytes */${size}` }, body: null };
  if (range === null) {
    return { status: 200, headers: { ...base, 'content-length': String(size) }, body: createReadStream(filePath) };
  }
  return {
    status: 206,
    headers: {
      ...base,
      'content-length': String(range.end - range.start + 1),
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
    },
    body: createReadStream(filePath, { start: range.start, end: range.end }),
  };
}
