// Input schemas for everything the UI or the CLI can write. Messages are problem keys
// (problems.ts) so each side can say them in the user's language.

import { z } from 'zod';
import { EPISODE_STATUSES, EPISODE_TYPES, PERSON_GROUPS, SPOKEN_LANGUAGES, UI_LANGUAGES } from './types.js';
import { ITUNES_TYPES } from './types.js';

const text = (max: number) => z.string({ message: 'required' }).max(max, { message: 'too_long' });

export const slugSchema = z
  .string({ message: 'required' })
  .min(1, { message: 'required' })
  .max(80, { message: 'too_long' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' });

// ISO 639-1/2 primary subtag with an optional region (fr, fr-CA, en-US, oc, gsw-CH).
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2}|-\d{3})?$/, {
  message: 'language_code',
});

export const emailSchema = z.union([z.literal(''), z.email({ message: 'email' })]);

export const webUrlSchema = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, message: 'url' }),
]);

export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'iso_datetime' });

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().refine(isKnownTimeZone, { message: 'time_zone' });

const bilingual = (max: number) => z.object({ fr: text(max), en: text(max) });
const positiveInt = z.number({ message: 'positive_integer' }).int({ message: 'positive_integer' }).min(0, {
  message: 'positive_integer',
});

export const id = z.number().int().positive();

export const showFields = z.object({
  slug: slugSchema,
  title: z.object({ fr: text(255), en: text(255) }),
  subtitle: bilingual(255),
  description: bilingual(4000),
  author: text(255),
  ownerName: text(255),
  ownerEmail: emailSchema,
  website: webUrlSchema,
  copyright: text(255),
  languages: z.object({ fr: languageCodeSchema, en: languageCodeSchema }),
  categories: z.array(text(120)).max(6),
  explicit: z.boolean(),
  baseUrl: webUrlSchema,
});

export const showCreateSchema = showFields.partial().extend({
  slug: slugSchema,
  title: z
    .object({ fr: text(255), en: text(255) })
    .refine((t) => t.fr.trim() !== '' || t.en.trim() !== '', { message: 'required' }),
});
export type ShowCreate = z.infer<typeof showCreateSchema>;

export const showPatchSchema = showFields.partial();
export type ShowPatch = z.infer<typeof showPatchSchema>;

export const episodeFields = z.object({
  number: positiveInt.nullable(),
  season: positiveInt.nullable(),
  type: z.enum(EPISODE_TYPES, { message: 'one_of' }),
  slug: slugSchema,
  spoken: z.enum(SPOKEN_LANGUAGES, { message: 'one_of' }),
  title: bilingual(255),
  summary: bilingual(4000),
  publishedAt: isoDateTimeSchema.nullable(),
  timeZone: timeZoneSchema.nullable(),
  explicit: z.boolean(),
  status: z.enum(EPISODE_STATUSES, { message: 'one_of' }),
});

export const episodeCreateSchema = episodeFields.partial().extend({ showId: id });
export type EpisodeCreate = z.infer<typeof episodeCreateSchema>;

export const episodePatchSchema = episodeFields.partial();
export type EpisodePatch = z.infer<typeof episodePatchSchema>;

export const personInputSchema = z.object({
  name: z.string().min(1, { message: 'required' }).max(255, { message: 'too_long' }),
  role: z.string().min(1, { message: 'required' }).max(60, { message: 'too_long' }),
  group: z.enum(PERSON_GROUPS, { message: 'one_of' }),
  img: webUrlSchema,
  href: webUrlSchema,
});
export type PersonInput = z.infer<typeof personInputSchema>;

/** 100 hours: far beyond any episode, small enough that every format's arithmetic stays exact. */
export const MAX_CHAPTER_MS = 360_000_000;
export const MAX_CHAPTERS = 500;

const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/**
 * A chapter title is one line: line breaks and control characters become spaces (tabs stay),
 * ends trimmed. Every way in (editor, CLI, file import) goes through this, so round trips compare.
 */
export function normalizeChapterTitle(title: string): string {
  let out = '';
  for (const char of title) out += isControl(char.codePointAt(0) ?? 0) ? ' ' : char;
  return out.trim();
}

const chapterTitle = z.string().max(500, { message: 'too_long' }).transform(normalizeChapterTitle);
const chapterMs = z.number({ message: 'positive_integer' }).int({ message: 'positive_integer' })
  .min(0, { message: 'positive_integer' }).max(MAX_CHAPTER_MS, { message: 'invalid' });
const endAfterStart = (c: { startMs?: number; endMs?: number | null }) =>
  c.endMs === null || c.endMs === undefined || c.startMs === undefined || c.endMs > c.startMs;

/** A chapter as the editor sends it back: `id` keeps an existing chapter, none makes a new one. */
export const chapterInputSchema = z.strictObject({
  id: id.optional(),
  /** Ignored when equal to the episode being written (lets the editor send Chapter objects back). */
  episodeId: id.optional(),
  startMs: chapterMs,
  endMs: chapterMs.nullable().default(null),
  title: z.strictObject({ fr: chapterTitle.default(''), en: chapterTitle.default('') }),
  url: webUrlSchema.default(''),
  img: webUrlSchema.default(''),
  hidden: z.boolean().default(false),
}).refine(endAfterStart, { path: ['endMs'], message: 'invalid' });
export type ChapterInput = z.input<typeof chapterInputSchema>;

/** Only the fields given change; a title may name one language only. */
export const chapterPatchSchema = z.strictObject({
  startMs: chapterMs.optional(),
  endMs: chapterMs.nullable().optional(),
  title: z.strictObject({ fr: chapterTitle.optional(), en: chapterTitle.optional() }).optional(),
  url: webUrlSchema.optional(),
  img: webUrlSchema.optional(),
  hidden: z.boolean().optional(),
});
export type ChapterPatch = z.input<typeof chapterPatchSchema>;

export const episodeListQuerySchema = z.object({
  showId: id.optional(),
  status: z.enum(EPISODE_STATUSES).optional(),
  spoken: z.enum(SPOKEN_LANGUAGES).optional(),
});
export type EpisodeListQuery = z.infer<typeof episodeListQuerySchema>;

export const settingsPatchSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES).nullable().optional(),
  theme: z.enum(['light', 'dark', 'system']).optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const absolutePathSchema = z
  .string()
  .min(1, { message: 'required' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p), { message: 'absolute_path' });

/** What the Release tab may change in a show's release settings (podcast guids are never written here). */
export const releaseSettingsPatchSchema = z.object({
  itunesType: z.enum(ITUNES_TYPES, { message: 'one_of' }),
  descriptionTimestamps: z.boolean(),
  otherLanguageLabel: z.object({ fr: text(60), en: text(60) }),
  locked: z.boolean(),
}).partial();
export type ReleaseSettingsPatch = z.infer<typeof releaseSettingsPatchSchema>;
