// Where a packaged app keeps the peaks worker: electron-builder's asarUnpack puts a copy beside
// app.asar, in app.asar.unpacked. Worker threads load code through Node's own loaders, which see
// inside an asar only as far as each Electron version patches them (ES modules and their imports
// from a worker have broken and been fixed several times), so the worker runs from the real file.

/** `file` with its `.asar` folder swapped for the unpacked copy beside it; other paths as they are. */
export function unpackedPath(file: string): string {
  return file.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
}
