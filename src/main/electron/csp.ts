// The Content-Security-Policy sent as a response header with everything app:// serves.
import { MEDIA_SCHEME } from './app-origin.js';

const media = `${MEDIA_SCHEME}:`;

/**
 * style-src keeps 'unsafe-inline': React's `style` props go through CSSOM (allowed anyway), but
 * wavesurfer.js writes a <style> element into its shadow root and React 19 hoists <style> tags;
 * inline CSS cannot run script, and connect-src/img-src leave it nowhere to send data.
 * form-action 'none' is extra: a form the UI forgets to preventDefault cannot navigate.
 */
const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', media],
  ['media-src', "'self'", media],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');
