// Finds a file or folder by walking up from a module's folder: works both from src/ under tsx
// and from the bundle in out/electron/, so shipped files (db/, package.json) are found alike.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findUp(relative: string, from: URL | string): string {
  const start = path.resolve(typeof from === 'string' ? from : fileURLToPath(from));
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${relative} not found above ${start}`);
    dir = parent;
  }
}
