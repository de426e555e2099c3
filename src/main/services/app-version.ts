// The app's version, read once from package.json (the single place it is written).

import { readFileSync } from 'node:fs';
import { findUp } from './find-up.js';

function readVersion(): string {
  const file = findUp('package.json', new URL('.', import.meta.url));
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export const APP_VERSION = readVersion();
