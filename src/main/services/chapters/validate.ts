// Inline validation of a chapter list: findings to show beside each chapter, never thrown, so the
// editor can keep (and autosave) a list that is still being fixed. Pure, no I/O.

import { webUrlSchema } from '../../../shared/domain/schemas.js';
import type { Bilingual, ChapterFields, ChapterFinding, UiLanguage } from '../../../shared/domain/types.js';
import { formatHuman } from './clock.js';
import { byStart } from './model.js';

type Checked = ChapterFields & { id?: number };

const LANGUAGE_NAME: Record<UiLanguage, Bilingual> = {
  fr: { en: 'French', fr: 'français' },
  en: { en: 'English', fr: 'anglais' },
};

/** Findings for `chapters` (any order; indexes refer to the list sorted by start). */
export function validateChapters(chapters: readonly Checked[], options: { durationMs?: number | null } = {}): ChapterFinding[] {
  const sorted = byStart(chapters);
  const duration = options.durationMs ?? null;
  const findings: ChapterFinding[] = [];
  const add = (i: number, f: Omit<ChapterFinding, 'index' | 'chapterId'>) =>
    findings.push({ index: i, chapterId: sorted[i]?.id ?? null, ...f });

  sorted.forEach((c, i) => {
    const n = i + 1;
    const at = formatHuman(c.startMs);
    const previous = sorted[i - 1];
    if (i === 0 && c.startMs !== 0) {
      add(i, {
        severity: 'warning', problem: 'first_not_at_zero', field: 'startMs',
        message: {
          en: `the first chapter starts at ${at}, not at 0:00 (podcast apps expect one at the start)`,
          fr: `le premier chapitre commence à ${at}, pas à 0:00 (les applications en attendent un au début)`,
        },
      });
    }
    if (previous && previous.startMs === c.startMs) {
      add(i, {
        severity: 'error', problem: 'same_time', field: 'startMs',
        message: { en: `chapters ${n - 1} and ${n} both start at ${at}`, fr: `les chapitres ${n - 1} et ${n} commencent tous deux à ${at}` },
      });
    }
    if (duration !== null && c.startMs >= duration) {
      add(i, {
        severity: 'error', problem: 'outside_duration', field: 'startMs',
        message: {
          en: `chapter ${n} starts at ${at}, after the end of the audio (${formatHuman(duration)})`,
          fr: `le chapitre ${n} commence à ${at}, après la fin du son (${formatHuman(duration)})`,
        },
      });
    } else if (duration !== null && c.endMs !== null && c.endMs > duration) {
      add(i, {
        severity: 'warning', problem: 'end_outside_duration', field: 'endMs',
        message: {
          en: `chapter ${n} ends at ${formatHuman(c.endMs)}, after the end of the audio (${formatHuman(duration)})`,
          fr: `le chapitre ${n} finit à ${formatHuman(c.endMs)}, après la fin du son (${formatHuman(duration)})`,
        },
      });
    }
    const next = sorted.slice(i + 1).find((o) => o.startMs > c.startMs);
    if (next && c.endMs !== null && c.endMs > next.startMs) {
      add(i, {
        severity: 'warning', problem: 'overlaps_next', field: 'endMs',
        message: {
          en: `chapter ${n} ends at ${formatHuman(c.endMs)}, after the next one starts (${formatHuman(next.startMs)})`,
          fr: `le chapitre ${n} finit à ${formatHuman(c.endMs)}, après le début du suivant (${formatHuman(next.startMs)})`,
        },
      });
    }
    for (const lang of ['fr', 'en'] as const) {
      if (c.title[lang].trim() !== '') continue;
      add(i, {
        severity: 'warning', problem: 'empty_title', field: `title.${lang}`,
        message: {
          en: `chapter ${n} has no ${LANGUAGE_NAME[lang].en} title`,
          fr: `le chapitre ${n} n'a pas de titre en ${LANGUAGE_NAME[lang].fr}`,
        },
      });
    }
    for (const field of ['url', 'img'] as const) {
      if (webUrlSchema.safeParse(c[field]).success) continue;
      add(i, {
        severity: 'error', problem: 'bad_url', field,
        message: {
          en: `chapter ${n}: ${field === 'url' ? 'link' : 'image'} is not a web address (http:// or https://)`,
          fr: `chapitre ${n} : ${field === 'url' ? 'le lien' : "l'image"} n'est pas une adresse web (http:// ou https://)`,
        },
      });
    }
  });
  return findings;
}
