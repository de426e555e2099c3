// `npm run web`: opens the library and serves the UI and the contract on 127.0.0.1, printing
// the tokenised URL to open in a browser. Usage: web-main [--library DIR] [--port N]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/api/errors.js';
import { resolveLibraryDir } from '../services/library/library-location.js';
import { findUp } from '../services/find-up.js';
import { bootServices } from './app-services.js';
import { startWebHost } from './web-host.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string', default: '0' } },
    strict: true,
  });
  const libraryDir = resolveLibraryDir({ cliDir: values.library, env: process.env });
  const services = await bootServices({ libraryDir, canImportByPath: false });
  // BALADO_RENDERER_DIR lets parallel UI work serve separate builds (vite build --outDir …).
  const root = path.dirname(findUp('package.json', new URL('.', import.meta.url)));
  const rendererDir = path.resolve(root, process.env.BALADO_RENDERER_DIR ?? path.join('out', 'renderer'));
  const host = await startWebHost(services, { port: Number(values.port), rendererDir });
  console.log(`Balado Studio web host: ${host.url}`);
  console.log(`Library: ${services.library.dir}`);
  const stop = async () => {
    await host.close();
    await services.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`${error.messages.fr}\n${error.messages.en}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
