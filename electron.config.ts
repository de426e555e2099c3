// electron-builder configuration (`npm run dist`, on a machine with internet): what goes into
// the installers, for which platforms, with which hardening. build/README.md explains the steps.
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'org.balado.studio',
  productName: 'Balado Studio',
  copyright: 'MIT License',
  directories: { output: 'dist', buildResources: 'build' },
  // The bundles, the SQL migrations the library service reads at run time, and package.json
  // (main entry and version). Production node_modules are added by electron-builder itself.
  // out/native* is the development copy of better-sqlite3 for `npm start`
  // (build/native-for-electron.mjs); installers use node_modules' copy, rebuilt by npmRebuild.
  files: ['out/**', '!out/**/*.map', '!out/native/**', '!out/native-build/**', 'db/**', 'package.json'],
  // Native code cannot be loaded from inside app.asar; Electron's asar shim redirects there.
  // The peaks worker thread (self-contained bundle and its chunks) runs from the unpacked copy
  // too: worker threads' module loaders see into an asar unreliably across Electron versions
  // (src/main/services/peaks/worker-path.ts).
  asarUnpack: ['node_modules/better-sqlite3/**/*.node', 'out/electron/peaks-worker.mjs', 'out/electron/peaks-worker-chunks/**'],
  // better-sqlite3 is rebuilt against Electron's ABI while packaging (the default, kept explicit).
  npmRebuild: true,
  // Fuses are flipped in the packaged binary: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect
  // turning the signed app into a general Node runtime; code loads only from the checked asar.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'AudioVideo',
    executableName: 'balado-studio',
    icon: 'build/icon.png',
    synopsis: 'Editorial workstation for bilingual podcasts',
    // deb requires a maintainer with an e-mail address; replace with the project's real one.
    maintainer: 'Balado Studio maintainers <maintainers@balado.org>',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libasound2'] },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};

export default config;
