// A bundle as the validator reads it: from the plan (a preflight, nothing written yet) or from a
// folder on disk (after staging, or `balado release validate DIR`). Paths are relative, with `/`.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BundlePlan } from './bundle-plan.js';

export interface BundleReader {
  files(): Promise<string[]>;
  /** null when the bundle has no such file. */
  size(relPath: string): Promise<number | null>;
  /** Small files only (feeds, JSON, artwork, manifest); null when absent. */
  read(relPath: string): Promise<Buffer | null>;
}

export function planReader(plan: BundlePlan): BundleReader {
  const byPath = new Map(plan.entries.map((e) => [e.path, e]));
  return {
    files: async () => [...byPath.keys()].sort(),
    size: async (p) => byPath.get(p)?.size ?? null,
    async read(p) {
      const entry = byPath.get(p);
      if (!entry) return null;
      if (entry.kind === 'text') return entry.bytes;
      if (entry.kind === 'copy') return readFile(entry.source);
      return null;
    },
  };
}

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, out);
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
}

/** Resolves inside `root` only: a feed naming `../../etc/passwd` finds nothing. */
function inside(root: string, relPath: string): string | null {
  const full = path.resolve(root, ...relPath.split('/'));
  return full.startsWith(root + path.sep) ? full : null;
}

export function folderReader(dir: string): BundleReader {
  const root = path.resolve(dir);
  return {
    async files() {
      const out: string[] = [];
      await walk(root, root, out);
      return out.sort();
    },
    async size(p) {
      const full = inside(root, p);
      if (!full) return null;
      try {
        const info = await stat(full);
        return info.isFile() ? info.size : null;
      } catch {
        return null;
      }
    },
    async read(p) {
      const full = inside(root, p);
      if (!full) return null;
      try {
        return await readFile(full);
      } catch {
        return null;
      }
    },
  };
}
