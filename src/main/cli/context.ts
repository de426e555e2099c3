// What every command receives: the open library, the output printer, the message language.

import type { Library } from '../services/library/library.js';
import type { Output } from './output.js';

export interface CliContext {
  library: Library;
  out: Output;
  lang: 'fr' | 'en';
  /** Progress lines for long work, on stderr and only when it is a terminal. */
  progress(line: string): void;
}
