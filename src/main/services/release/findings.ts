// Findings as the Release tab and the CLI show them: what (message), where (show, episode,
// chapter, file), how to fix it, in French and English; plus counting, de-duplicating, ordering.

import type {
  Bilingual, FindingCounts, FindingSeverity, FindingWhere, ReleaseFinding, ReleaseFindingCode, ReleaseReport,
} from '../../../shared/domain/types.js';

export function finding(
  severity: FindingSeverity, code: ReleaseFindingCode, where: FindingWhere, message: Bilingual, fix: Bilingual,
): ReleaseFinding {
  return { severity, code, message, where, fix };
}

export function countFindings(findings: readonly ReleaseFinding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first; within a severity, the order the checks ran in (show, then episodes newest first). */
export function orderFindings(findings: readonly ReleaseFinding[]): ReleaseFinding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    // Both feeds check the same channel facts: the same finding twice is said once.
    const key = JSON.stringify([f.code, f.where, f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

export function makeReport(showId: number | null, checkedAt: Date, episodes: number, findings: readonly ReleaseFinding[]): ReleaseReport {
  const ordered = orderFindings(findings);
  return { showId, checkedAt: checkedAt.toISOString(), episodes, findings: ordered, counts: countFindings(ordered) };
}

/** Errors always block; warnings block unless the user allowed them. */
export function blocks(report: ReleaseReport, allowWarnings: boolean): boolean {
  return report.counts.error > 0 || (!allowWarnings && report.counts.warning > 0);
}

/** UTF-8 bytes: Apple's 4000 limit counts bytes, and "é" is two. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Characters as people count them (code points, so an emoji is one). */
export const charCount = (text: string): number => [...text].length;

export const LANGUAGE_NAME: Record<'fr' | 'en', Bilingual> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

/** How a message names an episode in each language: its title there, else the other, else its slug. */
export function episodeName(e: { title: Bilingual; slug: string }): Bilingual {
  const fr = e.title.fr.trim();
  const en = e.title.en.trim();
  return { fr: fr || en || e.slug, en: en || fr || e.slug };
}
