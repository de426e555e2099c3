#!/usr/bin/env node
// `balado` command: runs the TypeScript CLI directly through tsx, so `npx balado` works right
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
