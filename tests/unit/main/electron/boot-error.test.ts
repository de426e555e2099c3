// The start-up error box speaks the user's language and says where the library is.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/api/errors.js';
import { bootErrorMessage } from '../../../../src/main/electron/boot-error.js';

describe('bootErrorMessage', () => {
  const tooNew = new AppError('library_too_new', { found: 90, supported: 10 });

  it('shows an expected error in French or English', () => {
    const fr = bootErrorMessage(tooNew, 'fr', '/home/a/lib');
    expect(fr.title).toBe('Balado Studio ne peut pas démarrer');
    expect(fr.content).toContain('version plus récente');
    expect(fr.content).toContain('Bibliothèque : /home/a/lib');
    const en = bootErrorMessage(tooNew, 'en', '/home/a/lib');
    expect(en.title).toBe('Balado Studio cannot start');
    expect(en.content).toContain('written by a newer Balado Studio');
  });

  it('shows a bug as unexpected, with its technical text', () => {
    const en = bootErrorMessage(new TypeError('x is undefined'), 'en', '/lib');
    expect(en.content).toContain('unexpected error');
    expect(en.content).toContain('x is undefined');
  });
});
