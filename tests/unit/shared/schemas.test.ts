import { describe, expect, it } from 'vitest';
import {
  emailSchema, isoDateTimeSchema, languageCodeSchema, showCreateSchema, slugSchema, timeZoneSchema,
} from '../../../src/shared/domain/schemas.js';
import { validationError } from '../../../src/shared/api/validation-error.js';

describe('field schemas', () => {
  it('accepts feed language codes and refuses made-up ones', () => {
    for (const ok of ['fr', 'fr-CA', 'en-CA', 'en-us', 'oc', 'es-419']) expect(languageCodeSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['french', 'fr_CA', 'f', 'fr-Canada', '']) expect(languageCodeSchema.safeParse(bad).success, bad).toBe(false);
  });
  it('checks emails, slugs, ISO dates with offset and IANA zones', () => {
    expect(emailSchema.safeParse('equipe@example.org').success).toBe(true);
    expect(emailSchema.safeParse('').success).toBe(true);
    expect(emailSchema.safeParse('equipe@').success).toBe(false);
    expect(slugSchema.safeParse('raccords-2').success).toBe(true);
    expect(slugSchema.safeParse('Raccords!').success).toBe(false);
    expect(isoDateTimeSchema.safeParse('2026-03-04T06:00:00-05:00').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('2026-03-04').success).toBe(false);
    expect(timeZoneSchema.safeParse('America/Montreal').success).toBe(true);
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });
  it('names the field and the problem in both languages', () => {
    const result = showCreateSchema.safeParse({ slug: 'ok', title: { fr: 'T', en: '' }, ownerEmail: 'nope' });
    expect(result.success).toBe(false);
    const error = validationError(result.error!.issues);
    expect(error.code).toBe('validation');
    expect(error.details.field).toBe('ownerEmail');
    expect(error.messages.en).toContain('not a valid email');
    expect(error.messages.fr).toContain('courriel');
  });
  it('needs a title in at least one language', () => {
    expect(showCreateSchema.safeParse({ slug: 'ok', title: { fr: '', en: ' ' } }).success).toBe(false);
  });
});
