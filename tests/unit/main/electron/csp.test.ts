// The exact CSP header: each directive the security review asked for, nothing looser.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/csp.js';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it('has the required directives', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'balado-media:'],
      'media-src': ["'self'", 'balado-media:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('never allows script from anywhere but the app', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});
