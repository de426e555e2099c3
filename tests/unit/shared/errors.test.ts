import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../../src/shared/api/errors.js';

describe('AppError', () => {
  it('has a French and an English message for every code', () => {
    for (const code of ERROR_CODES) {
      const error = new AppError(code, { field: 'x', path: '/p', file: 'f.mp3', problem: 'p', format: 'png', found: 40, supported: 20 });
      expect(error.messages.fr.length, code).toBeGreaterThan(5);
      expect(error.messages.en.length, code).toBeGreaterThan(5);
      expect(error.messages.fr).not.toBe(error.messages.en);
    }
  });
  it('survives the wire as the same typed error', () => {
    const original = new AppError('library_too_new', { found: 90, supported: 20 });
    const wire = JSON.parse(JSON.stringify(original.toWire()));
    const rebuilt = AppError.fromWire(wire);
    expect(rebuilt).toBeInstanceOf(AppError);
    expect(rebuilt.code).toBe('library_too_new');
    expect(rebuilt.messages).toEqual(original.messages);
    expect(rebuilt.details).toEqual({ found: 90, supported: 20 });
  });
  it('turns an unknown code from the wire into internal rather than trusting it', () => {
    const rebuilt = AppError.fromWire({ code: 'nope' as never, message: { fr: 'a', en: 'b' }, details: {} });
    expect(rebuilt.code).toBe('internal');
  });
});
