// Builds better-sqlite3 for Electron's ABI into out/native/ WITHOUT touching node_modules, so the
// same checkout runs the Node tests/CLI (Node ABI) and the desktop app (Electron ABI) side by side.
// Needs internet (Electron's headers); `npm start` and `npm run dist` call it. Idempotent.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const sqliteDir = path.join(root, 'node_modules/better-sqlite3');
const sqliteVersion = JSON.parse(readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
const target = path.join(root, 'out/native', `better_sqlite3-electron-${electronVersion}.node`);

if (existsSync(target)) {
  console.log(`native: ${path.relative(root, target)} is up to date`);
} else {
  const work = path.join(root, 'out/native-build');
  rmSync(work, { recursive: true, force: true });
  const copy = path.join(work, 'node_modules/better-sqlite3');
  mkdirSync(copy, { recursive: true });
  for (const entry of ['binding.gyp', 'deps', 'src', 'lib', 'package.json']) cpSync(path.join(sqliteDir, entry), path.join(copy, entry), { recursive: true });
  writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'native-build', dependencies: { 'better-sqlite3': sqliteVersion } }));
  const { rebuild } = require('@electron/rebuild');
  console.log(`native: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`);
  await rebuild({ buildPath: work, electronVersion, force: true, onlyModules: ['better-sqlite3'] });
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(copy, 'build/Release/better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  console.log(`native: wrote ${path.relative(root, target)}`);
}
// The shell loads this fixed name (see src/main/electron); the versioned copy avoids stale builds.
copyFileSync(target, path.join(root, 'out/native/better_sqlite3.node'));
