// Small readers for the values feeds carry in many spellings: explicit flags, durations, numbers,
// web addresses and emails checked by the library's own schemas, texts cut to the library's limits.

import { emailSchema, languageCodeSchema, webUrlSchema } from '../../../shared/domain/schemas.js';
import type { Bilingual } from '../../../shared/domain/types.js';
import { durationSeconds } from '../release/validate-items.js';

export function explicitFlag(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === 'yes' || t === 'explicit') return true;
  if (t === 'false' || t === 'no' || t === 'clean') return false;
  return null;
}

export function durationMs(text: string): number | null {
  const seconds = text.trim() === '' ? null : durationSeconds(text);
  return seconds === null ? null : Math.round(seconds * 1000);
}

/** A positive whole number, or null (Apple's numbers are non-zero integers; podcast:episode may be 3.5). */
export function wholeNumber(text: string): number | null {
  return /^\s*\d{1,9}\s*$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

export const webUrl = (text: string): string => (webUrlSchema.safeParse(text.trim()).success ? text.trim() : '');
export const email = (text: string): string => (emailSchema.safeParse(text.trim()).success ? text.trim() : '');
export const languageCode = (text: string): string | null => (languageCodeSchema.safeParse(text.trim()).success ? text.trim() : null);

/** At most `max` characters (code points), cut at a word when one is near; a note says so. */
export function clip(text: string, max: number, what: Bilingual, notes: Bilingual[]): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  let cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.8) cut = cut.slice(0, space);
  notes.push({ fr: `${what.fr} : coupé à ${max} caractères.`, en: `${what.en}: cut to ${max} characters.` });
  return cut.trimEnd();
}

/** Markdown cut at the last paragraph that fits, so no link or emphasis is cut in half. */
export function clipMarkdown(markdown: string, max: number, what: Bilingual, notes: Bilingual[]): string {
  if ([...markdown].length <= max) return markdown;
  const paragraphs = markdown.split('\n\n');
  let out = '';
  for (const p of paragraphs) {
    const next = out === '' ? p : `${out}\n\n${p}`;
    if ([...next].length > max) break;
    out = next;
  }
  notes.push({ fr: `${what.fr} : notes coupées à ${max} caractères.`, en: `${what.en}: notes cut to ${max} characters.` });
  return out === '' ? clip(markdown, max, what, []) : out;
}
