// Starts peaks-worker.ts when running from source (tsx, vitest): worker threads do not inherit
// the parent's TypeScript loader, so this registers tsx's ESM hooks, then loads the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
