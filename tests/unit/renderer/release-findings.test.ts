import { describe, expect, it } from 'vitest';
import type { FindingWhere, ReleaseFinding, ReleaseReport } from '../../../src/shared/domain/types.js';
import { cleanEpisodes, exportGate, flatten, groupFindings } from '../../../src/renderer/lib/release-findings.js';

const f = (severity: ReleaseFinding['severity'], where: FindingWhere, code: ReleaseFinding['code'] = 'item_title_missing'): ReleaseFinding =>
  ({ severity, code, where, message: { fr: code, en: code }, fix: { fr: '', en: '' } });

const numbers: Record<number, number | null> = { 1: 1, 2: 2, 3: null, 7: 7 };
const numberOf = (id: number) => numbers[id] ?? null;

describe('release checklist groups', () => {
  it('puts the show first, then the open episode, then the others by number (unnumbered last)', () => {
    const findings = [
      f('warning', { scope: 'episode', episodeId: 3, field: 'title' }),
      f('error', { scope: 'episode', episodeId: 2, field: 'publishedAt' }),
      f('info', { scope: 'episode', episodeId: 7, field: 'audio' }),
      f('error', { scope: 'show', field: 'baseUrl' }),
      f('warning', { scope: 'episode', episodeId: 1, field: 'title' }),
      f('error', { scope: 'bundle', file: 'feed.fr.xml', field: 'title' }),
    ];
    const groups = groupFindings(findings, 7, numberOf);
    expect(groups.map((g) => g.key)).toEqual(['show', 'episode-7', 'episode-1', 'episode-2', 'episode-3']);
    expect(groups.map((g) => g.current)).toEqual([false, true, false, false, false]);
    // Bundle findings without an episode are fixed in the show's settings: same group.
    expect(groups[0]?.counts).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('splits a group by language (both feeds first), errors first inside each, check order kept', () => {
    const a = f('warning', { scope: 'episode', episodeId: 1, field: 'title', lang: 'en' }, 'title_missing_translation');
    const b = f('error', { scope: 'episode', episodeId: 1, field: 'audio', lang: 'en' }, 'enclosure_missing');
    const c = f('warning', { scope: 'episode', episodeId: 1, field: 'notes', lang: 'fr' }, 'notes_missing_translation');
    const d = f('info', { scope: 'episode', episodeId: 1, field: 'audio' }, 'loudness_not_measured');
    const e = f('warning', { scope: 'episode', episodeId: 1, field: 'chapters', lang: 'en' }, 'chapters_missing_translation');
    const [group] = groupFindings([a, b, c, d, e], null, numberOf);
    expect(group?.languages.map((l) => l.lang)).toEqual([null, 'fr', 'en']);
    expect(group?.languages[2]?.findings.map((x) => x.code)).toEqual(['enclosure_missing', 'title_missing_translation', 'chapters_missing_translation']);
    expect(flatten(groupFindings([a, b, c, d, e], null, numberOf)).map((x) => x.code))
      .toEqual(['loudness_not_measured', 'notes_missing_translation', 'enclosure_missing', 'title_missing_translation', 'chapters_missing_translation']);
  });

  it('gives no groups for a clean report', () => {
    expect(groupFindings([], 1, numberOf)).toEqual([]);
  });
});

describe('clean episodes and the export gate', () => {
  const report = (episodes: number, findings: ReleaseFinding[]): ReleaseReport =>
    ({ showId: 1, checkedAt: '2026-03-05T12:00:00.000Z', episodes, findings, counts: { error: 0, warning: 0, info: 0 } });

  it('counts episodes in the feeds with neither error nor warning; infos and left-out episodes do not count', () => {
    const r = report(3, [
      f('warning', { scope: 'episode', episodeId: 1, field: 'title', lang: 'en' }),
      f('error', { scope: 'episode', episodeId: 1, field: 'publishedAt' }),
      f('info', { scope: 'episode', episodeId: 2, field: 'audio' }, 'loudness_not_measured'),
      // Held back: not one of the 3 episodes the feeds carry.
      f('error', { scope: 'episode', episodeId: 9, field: 'audio' }, 'ready_without_audio'),
      f('error', { scope: 'show', field: 'baseUrl' }),
    ]);
    expect(cleanEpisodes(r)).toEqual({ ok: 2, total: 3 });
    expect(cleanEpisodes(report(0, []))).toEqual({ ok: 0, total: 0 });
  });

  it('blocks on errors, asks consent for warnings, lets a clean report through', () => {
    expect(exportGate({ error: 3, warning: 2, info: 1 })).toEqual({ kind: 'errors', count: 3 });
    expect(exportGate({ error: 0, warning: 2, info: 1 })).toEqual({ kind: 'warnings', count: 2 });
    expect(exportGate({ error: 0, warning: 0, info: 4 })).toEqual({ kind: 'clean' });
  });
});
