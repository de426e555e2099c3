// manifest.json: every other file of the bundle with its size and SHA-256, the release id and the
// app version, so a host (or `balado release validate`) can tell the bundle arrived whole.

import { createHash } from 'node:crypto';
import type { ReleaseFile } from '../../../shared/domain/types.js';

export const MANIFEST_FILE = 'manifest.json';

export interface Manifest {
  format: 'balado-release/1';
  releaseId: string;
  show: string;
  appVersion: string;
  releasedAt: string;
  files: ReleaseFile[];
}

export function manifestText(manifest: Manifest): string {
  const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
}

export const sha256Of = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest's files, or null when `text` is not a manifest of this format. */
export function parseManifest(text: string): Manifest | null {
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    if (value.format !== 'balado-release/1' || !Array.isArray(value.files)) return null;
    const ok = value.files.every((f) => typeof f?.path === 'string' && typeof f.size === 'number' && /^[0-9a-f]{64}$/.test(f.sha256));
    return ok ? (value as Manifest) : null;
  } catch {
    return null;
  }
}
